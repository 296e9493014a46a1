using StudyBot.Discord.Handlers;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Tests;

public sealed class InteractionParserTests
{
    private static Interaction Load(string name) =>
        InteractionParser.Parse(Payloads.Bytes("discord/" + name)) ?? throw new InvalidOperationException(name + " did not parse");

    [Fact]
    public void Parse_SlashCommand_ReadsNameOptionsAndInvoker()
    {
        var sut = Load("interaction_application_command_slash.json");

        Assert.Equal(InteractionType.ApplicationCommand, sut.Type);
        Assert.Equal("cardsearch", sut.Data?.Name);
        Assert.Equal("The Gitrog Monster", sut.Data?.Options?.Single().StringValue);
        Assert.Equal("53908232506183680", sut.Invoker?.Id);
        Assert.Equal("290926798626357999", sut.GuildId);
        Assert.Equal("645027906669510667", sut.EffectiveChannelId);
        Assert.Equal("A_UNIQUE_TOKEN", sut.Token);
        Assert.True(sut.Member?.CanManageServer);
    }

    [Fact]
    public void Parse_Button_ReadsCustomIdAndMessage()
    {
        var sut = Load("interaction_message_component_button.json");

        Assert.Equal(InteractionType.MessageComponent, sut.Type);
        Assert.Equal("click_one", sut.Data?.CustomId);
        Assert.Equal(2, sut.Data?.ComponentType);
        Assert.Equal("844397162624450620", sut.Message?.Id);
        Assert.False(sut.Message?.IsEphemeral);
        Assert.Equal("290926444748734465", sut.ApplicationId);
    }

    [Fact]
    public void Parse_StringSelect_ReadsValues()
    {
        var sut = Load("interaction_message_component_string_select.json");

        Assert.Equal(3, sut.Data?.ComponentType);
        Assert.Equal(["mage", "rogue"], sut.Data?.Values);
        Assert.Equal("Bot Man", InteractionContext.From(sut)?.Actor.DisplayName);
    }

    [Fact]
    public void Parse_UserCommand_ReadsResolvedUsers()
    {
        var sut = Load("interaction_application_command_user.json");

        Assert.Equal(2, sut.Data?.Type);
        Assert.NotNull(sut.Data?.Resolved?.Users);
        Assert.Contains("809850198683418695", sut.Data!.Resolved!.Users!.Keys);
        Assert.Contains("809850198683418695", sut.Data.Resolved.Members!.Keys);
    }

    [Fact]
    public void Parse_Autocomplete_ReadsFocusedOption()
    {
        var sut = Load("interaction_autocomplete_partial.json");

        Assert.Equal(InteractionType.Autocomplete, sut.Type);
        Assert.True(sut.Data?.Options?.Single().Focused);
        Assert.Null(sut.Invoker);
    }

    [Theory]
    [InlineData("djs_test_ping_body.json", InteractionType.Ping)]
    [InlineData("djs_test_application_command_body.json", InteractionType.ApplicationCommand)]
    [InlineData("djs_test_message_component_body.json", InteractionType.MessageComponent)]
    [InlineData("djs_test_autocomplete_body.json", InteractionType.Autocomplete)]
    [InlineData("interaction_application_command_message.json", InteractionType.ApplicationCommand)]
    [InlineData("interaction_modal_submit_legacy.json", InteractionType.ModalSubmit)]
    public void Parse_DocumentedPayload_ReadsType(string file, int type)
    {
        var sut = Load(file);

        Assert.Equal(type, sut.Type);
    }

    [Fact]
    public void Parse_SubcommandOptions_AreFoundUnderTheSubcommand()
    {
        var json = """{"id":"1","type":2,"token":"t","guild_id":"5","channel_id":"6","member":{"user":{"id":"9","username":"ann"},"permissions":"32"},"data":{"name":"setup","options":[{"name":"daily","type":1,"options":[{"name":"time","type":3,"value":"09:00"},{"name":"reveal_after_minutes","type":4,"value":60}]}]}}""";

        var sut = InteractionContext.From(InteractionParser.Parse(System.Text.Encoding.UTF8.GetBytes(json))!)!;

        Assert.Equal("daily", sut.Subcommand);
        Assert.Equal(["time", "reveal_after_minutes"], sut.Options.Select(o => o.Name));
        Assert.Equal("09:00", sut.Options[0].StringValue);
        Assert.Equal(60, sut.Options[1].IntegerValue);
        Assert.True(sut.Actor.PlatformAdmin);
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("8", true)]
    [InlineData("32", true)]
    [InlineData("2147483607", false)]
    [InlineData("junk", false)]
    public void CanManageServer_ReadsPermissionBits(string permissions, bool expected)
    {
        var sut = new GuildMember(null, null, permissions);

        Assert.Equal(expected, sut.CanManageServer);
    }

    [Theory]
    [InlineData("q:42:B", "q", 42L, "B")]
    [InlineData("d:7:", "d", 7L, "")]
    [InlineData("q:9:CAB", "q", 9L, "CAB")]
    public void AnswerCustomId_Valid_RoundTrips(string value, string kind, long roundId, string labels)
    {
        var sut = AnswerCustomId.TryParse(value);

        Assert.Equal(new AnswerCustomId(kind, roundId, labels), sut);
        Assert.Equal(value, sut!.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("x:1:A")]
    [InlineData("q:-1:A")]
    [InlineData("q:abc:A")]
    [InlineData("q:1:Z")]
    [InlineData("q:1:A:extra")]
    [InlineData("q:99999999999999999999999:A")]
    [InlineData("q:1:ABCDEFA")]
    public void AnswerCustomId_Tampered_IsNull(string? value)
    {
        Assert.Null(AnswerCustomId.TryParse(value));
    }
}
