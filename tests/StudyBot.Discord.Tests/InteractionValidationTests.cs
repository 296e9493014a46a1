using System.Text;
using System.Text.Json.Nodes;
using StudyBot.Discord.Handlers;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Tests;

/// <summary>The parser's checks at the edge (issue 14): what it refuses never reaches a handler.</summary>
public sealed class InteractionValidationTests
{
    private static JsonObject Quiz() => JsonNode.Parse(InteractionJson.Command("quiz", options: InteractionJson.Options(("count", 2))))!.AsObject();

    private static JsonObject Select() => JsonNode.Parse(InteractionJson.Click("q:5:", values: ["A"]))!.AsObject();

    private static Interaction? Parse(JsonNode node) => InteractionParser.Parse(Encoding.UTF8.GetBytes(node.ToJsonString()));

    /// <summary>The body's bytes with the first character of <paramref name="marker"/> replaced by a byte that is no UTF-8.</summary>
    public static byte[] WithInvalidByte(string json, string marker)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var at = json.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0 && Encoding.UTF8.GetByteCount(json) == json.Length, "an ASCII body holding the marker");
        bytes[at] = 0xFF;
        return bytes;
    }

    [Fact]
    public void Parse_WellFormedCommandAndSelect_AreAccepted()
    {
        var command = Parse(Quiz());
        var select = Parse(Select());

        Assert.Equal(2, command?.Data?.Options?.Single().IntegerValue);
        Assert.Equal(["A"], select?.Data?.Values);
    }

    public static TheoryData<string> NullElements => new()
    {
        "options",
        "nested options",
        "values",
        "resolved user",
        "resolved member",
    };

    [Theory]
    [MemberData(nameof(NullElements))]
    public void Parse_NullInsideAList_IsRefused(string where)
    {
        var body = where == "values" ? Select() : Quiz();
        var data = body["data"]!.AsObject();
        switch (where)
        {
            case "options":
                data["options"]!.AsArray().Add((JsonNode?)null);
                break;
            case "nested options":
                data["options"] = InteractionJson.Subcommand("daily", new JsonArray((JsonNode?)null));
                break;
            case "values":
                data["values"]!.AsArray().Add((JsonNode?)null);
                break;
            case "resolved user":
                data["resolved"] = new JsonObject { ["users"] = new JsonObject { ["53908232506183680"] = null } };
                break;
            case "resolved member":
                data["resolved"] = new JsonObject { ["members"] = new JsonObject { ["53908232506183680"] = null } };
                break;
        }

        Assert.Null(Parse(body));
    }

    [Fact]
    public void Parse_InvalidUtf8InAFieldTheBotDoesNotRead_IsRefused()
    {
        var json = InteractionJson.Command("help").Replace("\"version\":1", "\"unread\":\"#\",\"version\":1", StringComparison.Ordinal);

        var accepted = InteractionParser.TryParse(WithInvalidByte(json, "#"), out var interaction, out var problem);

        Assert.False(accepted);
        Assert.Null(interaction);
        Assert.Contains("UTF-8", problem);
    }

    [Fact]
    public void Parse_InvalidUtf8InAnOptionValue_IsRefusedWithoutThrowing()
    {
        var json = InteractionJson.Command("quiz", options: InteractionJson.Options(("exam", "AIF-C0#")));

        Assert.Null(InteractionParser.Parse(WithInvalidByte(json, "#")));
    }

    public static TheoryData<string, string> BadIds()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in new[] { "id", "guild_id", "channel_id", "channel.id", "member.user.id", "application_id" })
        {
            foreach (var value in new[] { "-1", "abc", new string('x', 300), "18446744073709551616", "123456789012345678901", "007", "", " 1", "1.5" })
            {
                data.Add(field, value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadIds))]
    public void Parse_IdThatIsNoSnowflake_IsRefused(string field, string value)
    {
        var body = Quiz();
        var path = field.Split('.');
        var target = body;
        foreach (var step in path[..^1])
        {
            target = target[step]!.AsObject();
        }

        target[path[^1]] = value;

        Assert.Null(Parse(body));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("18446744073709551615")]
    [InlineData("290926798626357999")]
    public void Snowflake_DecimalUpTo64Bits_IsValid(string value)
    {
        Assert.True(Snowflake.IsValid(value));
    }

    [Theory]
    [InlineData("{\"a\":1}")]
    [InlineData("[1]")]
    public void Parse_OptionValueThatIsNoScalar_IsRefused(string json)
    {
        var body = Quiz();
        body["data"]!["options"]![0]!["value"] = JsonNode.Parse(json);

        Assert.Null(Parse(body));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("value")]
    public void Parse_OptionWithoutNameOrValue_IsRefused(string missing)
    {
        var body = Quiz();
        body["data"]!["options"]![0]!.AsObject().Remove(missing);

        Assert.Null(Parse(body));
    }

    [Fact]
    public void Parse_NumberOptionValues_KeepTheirLiteral()
    {
        var body = Quiz();
        body["data"]!["options"]![0]!["value"] = JsonNode.Parse("1e400");

        var option = Parse(body)?.Data?.Options?.Single();

        Assert.Equal(new RawValue(RawKind.Number, "1e400"), option?.Value);
        Assert.Null(option?.IntegerValue);
    }

    [Theory]
    [InlineData("permissions")]
    [InlineData("token")]
    [InlineData("nick")]
    public void Parse_MemberPermissionsTokenOrNickMalformed_IsRefused(string field)
    {
        var body = Quiz();
        switch (field)
        {
            case "permissions": body["member"]!["permissions"] = "all of them"; break;
            case "token": body["token"] = new string('t', 5000); break;
            case "nick": body["member"]!["nick"] = new string('n', 5000); break;
        }

        Assert.Null(Parse(body));
    }

    [Fact]
    public void Parse_CommandWithoutId_IsRefused()
    {
        var body = Quiz();
        body.Remove("id");

        Assert.Null(Parse(body));
    }

    [Fact]
    public void Context_OfParsedSubcommand_HasNoNullOptions()
    {
        var body = JsonNode.Parse(InteractionJson.Command("setup", options: InteractionJson.Subcommand("daily", InteractionJson.Options(("time", "09:00")))))!;

        var sut = InteractionContext.From(Parse(body)!)!;

        Assert.Equal("daily", sut.Subcommand);
        Assert.Equal(["time"], sut.Options.Select(o => o.Name));
        Assert.Equal("09:00", sut.Options[0].StringValue);
    }
}
