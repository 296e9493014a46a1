using System.Text;
using System.Text.Json.Nodes;
using StudyBot.BotFramework.Activities;

namespace StudyBot.BotFramework.Tests;

public sealed class ActivityRulesTests
{
    [Theory]
    [InlineData("message_personal_inbound.json")]
    [InlineData("message_channel_with_mention.json")]
    [InlineData("message_messageBack_card_action_inbound.json")]
    [InlineData("conversationUpdate_bot_added_to_team.json")]
    [InlineData("conversationUpdate_channelCreated.json")]
    [InlineData("conversationUpdate_teamMemberRemoved.json")]
    [InlineData("conversationUpdate_teamRenamed.json")]
    [InlineData("installationUpdate_add_team.json")]
    [InlineData("messageReaction_added.json")]
    [InlineData("invoke_card_action_inbound.json")]
    public void Read_DocumentedTeamsActivity_IsValid(string file)
    {
        var sut = ActivityJson.Read(Encoding.UTF8.GetBytes(Payloads.Read("teams/" + file)));

        Assert.True(sut.Valid, sut.Problem);
    }

    [Theory]
    [InlineData("entities", "entities[1] is null.")]
    [InlineData("membersAdded", "membersAdded[1] is null.")]
    [InlineData("membersRemoved", "membersRemoved[1] is null.")]
    [InlineData("attachments", "attachments[1] is null.")]
    public void Read_NullInsideAnArray_IsAProblemNamingTheElement(string array, string expected)
    {
        var activity = Message();
        activity[array] = array is "entities"
            ? new JsonArray(new JsonObject { ["type"] = "clientInfo" }, null)
            : array is "attachments"
                ? new JsonArray(new JsonObject { ["contentType"] = "text/html" }, null)
                : new JsonArray(new JsonObject { ["id"] = "29:x" }, null);

        var sut = Read(activity);

        Assert.NotNull(sut.Activity);
        Assert.False(sut.Valid);
        Assert.Equal(expected, sut.Problem);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
    public void Read_InvalidUtf8InsideAString_IsRefusedWithoutAnActivity(byte[] bad)
    {
        var json = Encoding.UTF8.GetBytes(Message().ToJsonString());
        var at = Array.IndexOf(json, (byte)'h');
        var body = json[..at].Concat(bad).Concat(json[at..]).ToArray();

        var sut = ActivityJson.Read(body);

        Assert.Null(sut.Activity);
        Assert.Equal("The body is not valid UTF-8.", sut.Problem);
    }

    [Fact]
    public void Read_LoneSurrogateInAnInvokeVerb_IsAProblemNotAnException()
    {
        var json = """{"type":"invoke","name":"adaptiveCard/action","id":"i1","serviceUrl":"http://127.0.0.1:1/","channelId":"msteams","from":{"id":"29:ann"},"recipient":{"id":"28:bot"},"conversation":{"id":"a:1"},"value":{"action":{"type":"Action.Execute","verb":"\ud800","data":{}}}}""";

        var sut = ActivityJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.NotNull(sut.Activity);
        Assert.Equal("value holds text that is not valid Unicode.", sut.Problem);
    }

    [Theory]
    [InlineData("""{"type":"message","text":"\udc00 hi"}""")]
    [InlineData("""{"type":"message","from":{"id":"29:a","name":"\ud800"}}""")]
    public void Read_LoneSurrogateInAField_IsRefusedNotThrown(string json)
    {
        var sut = ActivityJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.False(sut.Valid);
        Assert.NotNull(sut.Problem);
    }

    [Theory]
    [InlineData("conversation.id", "", "conversation.id is empty.")]
    [InlineData("conversation.id", "19:has space@thread.tacv2", "conversation.id holds a character")]
    [InlineData("from.id", "29:\u0001ann", "from.id holds a character")]
    [InlineData("from.aadObjectId", "aad-änn", "from.aadObjectId holds a character")]
    [InlineData("conversation.tenantId", "tenant\n1", "conversation.tenantId holds a character")]
    [InlineData("channelData.tenant.id", "LONG", "channelData.tenant.id is longer than 256 characters.")]
    [InlineData("channelData.team.id", "LONG", "channelData.team.id is longer than 256 characters.")]
    [InlineData("channelData.channel.id", "19:x\u007f", "channelData.channel.id holds a character")]
    [InlineData("recipient.id", "LONG", "recipient.id is longer than 256 characters.")]
    public void Read_MalformedId_IsAProblemNamingTheField(string path, string value, string expected)
    {
        var activity = Message();
        Set(activity, path, value == "LONG" ? "19:" + new string('x', 300) : value);

        var sut = Read(activity);

        Assert.False(sut.Valid);
        Assert.StartsWith(expected, sut.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("conversation.tenantId")]
    [InlineData("channelData.tenant.id")]
    [InlineData("from.aadObjectId")]
    public void Read_EntraIdNotAGuid_IsAProblemOnlyWhereTheyMustBeGuids(string path)
    {
        var activity = Message();
        Set(activity, "conversation.tenantId", "72f988bf-86f1-41af-91ab-2d7cd011db47");
        Set(activity, "channelData.tenant.id", "72f988bf-86f1-41af-91ab-2d7cd011db47");
        Set(activity, "from.aadObjectId", "7faf8ab2-3d56-4244-b585-20c8a42ed2b8");
        var valid = ActivityJson.Read(Encoding.UTF8.GetBytes(activity.ToJsonString()), entraIdsAreGuids: true);
        Set(activity, path, "tenant-1");
        var body = Encoding.UTF8.GetBytes(activity.ToJsonString());

        var production = ActivityJson.Read(body, entraIdsAreGuids: true);
        var development = ActivityJson.Read(body);

        Assert.True(valid.Valid, valid.Problem);
        Assert.Equal($"{path} is not a GUID.", production.Problem);
        Assert.True(development.Valid, development.Problem);
    }

    [Fact]
    public void Read_MentionedObjectIdNotAGuid_IsAProblemWhereTheyMustBeGuids()
    {
        var activity = Message();
        activity["from"]!.AsObject().Remove("aadObjectId");
        activity["conversation"]!.AsObject().Remove("tenantId");
        activity["channelData"]!.AsObject().Remove("tenant");
        activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = "29:bob", ["aadObjectId"] = "bob" } });

        var sut = ActivityJson.Read(Encoding.UTF8.GetBytes(activity.ToJsonString()), entraIdsAreGuids: true);

        Assert.Equal("entities[0].mentioned.aadObjectId is not a GUID.", sut.Problem);
    }

    [Fact]
    public void Read_IdOfTheLongestAllowedLength_IsValid()
    {
        var activity = Message();
        Set(activity, "conversation.id", "19:" + new string('x', ActivityRules.MaxIdLength - 3));

        Assert.True(Read(activity).Valid);
    }

    [Theory]
    [InlineData("from", "from is missing.")]
    [InlineData("conversation", "conversation is missing.")]
    [InlineData("recipient", "recipient is missing.")]
    [InlineData("serviceUrl", "serviceUrl is missing.")]
    public void Read_HandledKindWithoutWhoOrWhere_IsAProblem(string field, string expected)
    {
        var activity = Message();
        activity.Remove(field);

        Assert.Equal(expected, Read(activity).Problem);
    }

    [Fact]
    public void Read_UnknownKindWithoutWhoOrWhere_IsValid()
    {
        var sut = ActivityJson.Read("""{"type":"typing"}"""u8);

        Assert.True(sut.Valid);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    public void Read_ServiceUrlThatIsNotHttp_IsAProblem(string serviceUrl)
    {
        var activity = Message();
        activity["serviceUrl"] = serviceUrl;

        Assert.Equal("serviceUrl is not an http(s) URL.", Read(activity).Problem);
    }

    [Theory]
    [InlineData("""{"type":"message","entities":[1]}""")]
    [InlineData("""{"type":"message","membersAdded":{"id":"29:x"}}""")]
    [InlineData("""{"type":"message","from":{"id":5}}""")]
    [InlineData("""{"type":"message","conversation":[]}""")]
    [InlineData("""{"type":"message","text":""")]
    public void Read_WrongTypeOrTruncated_HasNoActivity(string json)
    {
        var sut = ActivityJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Null(sut.Activity);
        Assert.StartsWith("The body is not an activity", sut.Problem, StringComparison.Ordinal);
    }

    internal static JsonObject Message(string text = "help") => new()
    {
        ["type"] = "message",
        ["id"] = "m1",
        ["text"] = text,
        ["serviceUrl"] = "http://127.0.0.1:1/",
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:ann", ["name"] = "Ann", ["aadObjectId"] = "aad-ann" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "StudyBot" },
        ["conversation"] = new JsonObject { ["id"] = "a:1", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
            ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" },
            ["channel"] = new JsonObject { ["id"] = "19:general@thread.tacv2" },
        },
    };

    private static void Set(JsonObject activity, string path, string value)
    {
        var parts = path.Split('.');
        var node = activity;
        foreach (var part in parts[..^1])
        {
            node = node[part]!.AsObject();
        }

        node[parts[^1]] = value;
    }

    private static ActivityReading Read(JsonObject activity) => ActivityJson.Read(Encoding.UTF8.GetBytes(activity.ToJsonString()));
}
