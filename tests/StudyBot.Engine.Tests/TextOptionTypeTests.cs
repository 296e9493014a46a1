namespace StudyBot.Engine.Tests;

/// <summary>Values typed as text that are not of their option's type get a reply naming the option, never a default.</summary>
public sealed class TextOptionTypeTests
{
    [Theory]
    [InlineData("quiz 1.5", "count must be a whole number, not '1.5'.")]
    [InlineData("quiz AIF-C01 1.5", "domain must be a whole number, not '1.5'.")]
    [InlineData("quiz 99999999999999999999", "count 99999999999999999999 is out of range; use 1 to")]
    [InlineData("quiz count:99999999999999999999", "count 99999999999999999999 is out of range; use 1 to")]
    [InlineData("quiz count abc", "count must be a whole number, not 'abc'.")]
    [InlineData("quiz exam:", "exam is empty.")]
    [InlineData("quiz count=", "count is empty.")]
    [InlineData("quiz exam", "exam needs a value.")]
    [InlineData("stats privacy", "privacy needs a value.")]
    [InlineData("setup daily 09:00 UTC mon-fri 1.5", "reveal_after_minutes must be minutes (480) or hours (8h), not '1.5'.")]
    [InlineData("quiz AIF-C01 1e3", "domain must be a whole number, not '1e3'.")]
    public void ParseText_ValueOfTheWrongType_IsAnErrorNamingTheOption(string text, string expected)
    {
        var parsed = CommandParser.ParseText(text);

        Assert.Null(parsed.Invocation);
        Assert.Equal(NoticeKind.Invalid, parsed.Error!.Kind);
        Assert.Contains(expected, EngineFixture.Say(parsed.Error.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quiz AIF-C01:")]
    [InlineData("quiz Infinity")]
    [InlineData("quiz NaN")]
    public void ParseText_WordThatIsNoNumberNorOption_IsNotUnderstood(string text)
    {
        var parsed = CommandParser.ParseText(text);

        Assert.Null(parsed.Invocation);
        Assert.Contains("I don't understand", EngineFixture.Say(parsed.Error!.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_TypedNumberTooLarge_StaysAWholeNumberError()
    {
        var parsed = CommandParser.Bind(CommandNames.Quiz, null, [KeyValuePair.Create(CommandNames.Count, new RawValue(RawKind.Number, "99999999999999999999"))], typed: true);

        Assert.Contains("count must be a whole number", EngineFixture.Say(parsed.Error!.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quiz AIF-C01 2 5")]
    [InlineData("setup daily 09:00 UTC mon-fri 8h")]
    [InlineData("quiz count:5")]
    public void ParseText_ValuesOfTheirTypes_StillParse(string text)
    {
        Assert.NotNull(CommandParser.ParseText(text).Invocation);
    }
}
