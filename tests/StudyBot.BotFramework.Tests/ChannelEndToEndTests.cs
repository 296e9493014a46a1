using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Engine.Model;
using StudyBot.Engine.Services;
using StudyBot.Tests.Shared;

namespace StudyBot.BotFramework.Tests;

/// <summary>Team channel scenarios end to end: install, admins, setup, a quiz moved to a personal chat, daily answers, removal.</summary>
public sealed partial class ChannelEndToEndTests : IAsyncLifetime
{
    private const string TeamChannel = "19:general@thread.tacv2";

    private readonly InMemoryStudyStore store = new();
    private FakeConnector connector = null!;
    private BotHost bot = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        bot = await BotHost.StartAsync(store);
        var added = Channel("conversationUpdate", "f:1", "", from: ("29:ann", "aad-ann", null));
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" });
        await bot.PostAsync(added.ToJsonString());
        await connector.WaitForAsync(r => r.Body.Contains("StudyBot is here", StringComparison.Ordinal));
        connector.Requests.Clear();
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Setup_ByInstallerWithMention_ConfiguresTheDailyQuestion()
    {
        var response = await bot.PostAsync(Channel("message", "m1", "<at>StudyBot</at> setup daily 09:00 Europe/Berlin mon,wed,fri AIF-C01", from: ("29:ann", "aad-ann", null)).ToJsonString());
        var reply = await connector.WaitForAsync(r => r.Method == "POST");
        var channel = await store.FindChannelAsync(Platform.Teams, TeamChannel, default);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Daily question: 09:00 Europe/Berlin", reply.Body, StringComparison.Ordinal);
        Assert.True(channel!.DailyEnabled);
        Assert.Equal("AIF-C01", channel.Exam);
        Assert.Equal("/v3/conversations/19%3Ageneral%40thread.tacv2%3Bmessageid%3D1/activities/m1", reply.Path);
    }

    [Fact]
    public async Task Setup_ByOtherMember_IsRefused()
    {
        await bot.PostAsync(Channel("message", "m1", "<at>StudyBot</at> setup pause", from: ("29:bob", "aad-bob", null)).ToJsonString());
        var reply = await connector.WaitForAsync(r => r.Method == "POST");

        Assert.Contains("Only the StudyBot admins of this team", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminsAdd_ThenNewAdminCanSetUp_ButAGuestNever()
    {
        var grant = Channel("message", "m1", "<at>StudyBot</at> setup admins add <at>Bob</at>", from: ("29:ann", "aad-ann", null));
        grant["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["text"] = "<at>StudyBot</at>", ["mentioned"] = new JsonObject { ["id"] = "28:bot", ["name"] = "StudyBot" } },
            new JsonObject { ["type"] = "mention", ["text"] = "<at>Bob</at>", ["mentioned"] = new JsonObject { ["id"] = "29:bob", ["name"] = "Bob" } });
        await bot.PostAsync(grant.ToJsonString());
        await connector.WaitForAsync(r => r.Body.Contains("Bob can now set up", StringComparison.Ordinal));

        await bot.PostAsync(Channel("message", "m2", "<at>StudyBot</at> setup daily 08:00 UTC", from: ("29:bob", null, null)).ToJsonString());
        await connector.WaitForAsync(r => r.Body.Contains("Daily question: 08:00 UTC", StringComparison.Ordinal));
        await bot.PostAsync(Channel("message", "m3", "<at>StudyBot</at> setup pause", from: ("29:bob", null, "guest")).ToJsonString());
        var refused = await connector.WaitForAsync(r => r.Path.EndsWith("/m3", StringComparison.Ordinal));

        Assert.Contains("Only the StudyBot admins of this team", refused.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiz_InChannel_GoesToAPersonalChat()
    {
        await bot.PostAsync(Channel("message", "m1", "<at>StudyBot</at> quiz", from: ("29:bob", "aad-bob", null)).ToJsonString());
        var created = await connector.WaitForAsync(r => r.Method == "POST" && r.Path == "/v3/conversations");
        var card = await connector.WaitForAsync(r => r.Path == "/v3/conversations/a%3Apersonal-chat/activities");
        var notice = await connector.WaitForAsync(r => r.Path.EndsWith("/activities/m1", StringComparison.Ordinal));

        Assert.Contains("\"29:bob\"", created.Body, StringComparison.Ordinal);
        Assert.Contains("tenant-1", created.Body, StringComparison.Ordinal);
        Assert.Contains("Question 1 of", card.Body, StringComparison.Ordinal);
        Assert.Contains("personal chat", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DailyAnswer_BySubmitInChannel_IsPrivateAndTheChannelCardCountIsUpdated()
    {
        var channel = (await store.FindChannelAsync(Platform.Teams, TeamChannel, default))!;
        var round = (await bot.Services.GetRequiredService<DailyRoundService>().PostAsync(channel.Id, null, default))!;
        var posted = await connector.WaitForAsync(r => r.Body.Contains("Daily question", StringComparison.Ordinal));
        var label = Regex.Match(posted.Body, "\"choice\":\"([A-Z])\"").Groups[1].Value;
        var submit = Channel("message", "m9", "", from: ("29:bob", "aad-bob", null));
        var roundId = round.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        submit["value"] = posted.Body.Contains("\"id\":\"pos1\"", StringComparison.Ordinal)
            ? new JsonObject { ["verb"] = "answer", ["roundId"] = roundId, ["pos1"] = "A", ["pos2"] = "B", ["pos3"] = "C" }
            : new JsonObject { ["verb"] = "answer", ["roundId"] = roundId, ["choice"] = label.Length > 0 ? label : "A,B" };
        submit["replyToId"] = round.MessageRef;

        await bot.PostAsync(submit.ToJsonString());
        var update = await connector.WaitForAsync(r => r.Method == "PUT");

        Assert.Equal($"/v3/conversations/19%3Ageneral%40thread.tacv2/activities/{round.MessageRef}", update.Path);
        Assert.DoesNotContain(connector.Requests, r => r.Method == "POST" && r.Path.Contains("general", StringComparison.Ordinal) && r.Body.Contains("Recorded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SetupForm_ExecuteSave_ConfiguresAndAnswersWithACard()
    {
        var invoke = Channel("invoke", "i1", "", from: ("29:ann", "aad-ann", null));
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "setup",
                ["data"] = new JsonObject { ["verb"] = "setup", ["time"] = "07:45", ["zone"] = "America/New_York", ["days"] = "mon,tue", ["exam"] = "all", ["reveal"] = 60 },
            },
        };

        var response = await bot.PostAsync(invoke.ToJsonString());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var channel = await store.FindChannelAsync(Platform.Teams, TeamChannel, default);

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal(7 * 60 + 45, channel!.PostMinuteOfDay);
        Assert.Equal("America/New_York", channel.TimeZone);
        Assert.Equal(60, channel.RevealAfterMinutes);
    }

    [Fact]
    public async Task Install_BothEventsAtOnce_WelcomeOnce()
    {
        const string fresh = "19:fresh@thread.tacv2";
        JsonObject ForFreshChannel(JsonObject activity)
        {
            activity["conversation"]!["id"] = fresh;
            activity["channelData"]!["channel"]!["id"] = fresh;
            return activity;
        }

        var install = ForFreshChannel(Channel("installationUpdate", "f:10", "", from: ("29:ann", "aad-ann", null)));
        install["action"] = "add";
        var update = ForFreshChannel(Channel("conversationUpdate", "f:11", "", from: ("29:ann", "aad-ann", null)));
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" });

        var responses = await Task.WhenAll(bot.PostAsync(install.ToJsonString()), bot.PostAsync(update.ToJsonString()));
        await connector.WaitForAsync(r => r.Body.Contains("StudyBot is here", StringComparison.Ordinal));
        await Task.Delay(300);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(connector.Requests, r => r.Body.Contains("StudyBot is here", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InstallationUpdateRemove_DeactivatesEveryChannelOfTheTeam()
    {
        var added = Channel("installationUpdate", "f:1", "", from: ("29:ann", "aad-ann", null));
        added["action"] = "add";
        await bot.PostAsync(added.ToJsonString());
        var first = await store.FindChannelAsync(Platform.Teams, TeamChannel, default);
        var sibling = await store.GetOrCreateChannelAsync(first!.CommunityId, Platform.Teams, "19:other@thread.tacv2", "Other", default);
        var removed = Channel("installationUpdate", "f:2", "", from: ("29:ann", "aad-ann", null));
        removed["action"] = "remove";

        var response = await bot.PostAsync(removed.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await store.FindChannelAsync(Platform.Teams, TeamChannel, default))!.Active);
        Assert.False((await store.FindChannelAsync(sibling.Id, default))!.Active);
    }

    private JsonObject Channel(string type, string id, string text, (string Id, string? Aad, string? Role) from)
    {
        var fromJson = new JsonObject { ["id"] = from.Id, ["name"] = from.Id == "29:ann" ? "Ann" : "Bob" };
        if (from.Aad is not null)
        {
            fromJson["aadObjectId"] = from.Aad;
        }

        if (from.Role is not null)
        {
            fromJson["userRole"] = from.Role;
        }

        return new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["text"] = text,
            ["serviceUrl"] = connector.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = fromJson,
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "StudyBot" },
            ["conversation"] = new JsonObject
            {
                ["id"] = type == "message" ? TeamChannel + ";messageid=1" : TeamChannel,
                ["conversationType"] = "channel",
                ["isGroup"] = true,
                ["tenantId"] = "tenant-1",
            },
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention", ["text"] = "<at>StudyBot</at>", ["mentioned"] = new JsonObject { ["id"] = "28:bot", ["name"] = "StudyBot" },
            }),
            ["channelData"] = new JsonObject
            {
                ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2", ["name"] = "ML Study" },
                ["channel"] = new JsonObject { ["id"] = TeamChannel },
                ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
            },
        };
    }
}
