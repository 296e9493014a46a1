using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.BotFramework.Connector;
using StudyBot.Tests.Shared;

namespace StudyBot.BotFramework.Tests;

/// <summary>Through Kestrel on loopback: the bot in development mode, a fake Connector, the engine and an in-memory store.</summary>
public sealed partial class EndToEndTests : IAsyncLifetime
{
    private const string Conversation = "a:1personal-chat";
    private const string TeamChannel = "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2";

    private readonly FakeStores stores = new();
    private FakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Fact]
    public async Task Quiz_ThenSubmit_PostsQuestionCardThenUpdatesItWithTheResult()
    {
        await using var bot = await BotHost.StartAsync(stores);

        var started = await bot.PostAsync(Personal("m1", text: "quiz MLA-C01 3 1"));
        var question = await connector.WaitForAsync(r => r.Method == "POST" && r.Shown.Contains("Question 1 of 1", StringComparison.Ordinal));
        var roundId = RoundId().Match(question.Body).Groups[1].Value;
        var right = LabelOf(question.Body, "A Batch Transform job");
        var submitted = await bot.PostAsync(Personal("m2", value: new JsonObject { ["verb"] = "answer", ["roundId"] = roundId, ["choice"] = right }, replyToId: "act-1"));
        var update = await connector.WaitForAsync(r => r.Method == "PUT");

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal("/v3/conversations/a%3A1personal-chat/activities/m1", question.Path);
        Assert.Contains("application/vnd.microsoft.card.adaptive", question.Body, StringComparison.Ordinal);
        Assert.Contains("Action.Execute", question.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("/v3/conversations/a%3A1personal-chat/activities/act-1", update.Path);
        Assert.Contains("✅ Correct! +", update.Shown, StringComparison.Ordinal);
        Assert.Contains("Quiz done: 1/1 correct", update.Shown, StringComparison.Ordinal);
        Assert.Equal(string.Empty, update.Authorization);
    }

    [Fact]
    public async Task Review_InThePersonalChat_SaysWhenToComeBack_AndSettingsAreSaved()
    {
        await using var bot = await BotHost.StartAsync(stores);

        await bot.PostAsync(Personal("m0", text: "review"));
        var empty = await connector.WaitForAsync(r => r.Shown.Contains("Nothing to review yet", StringComparison.Ordinal));
        await bot.PostAsync(Personal("m1", text: "quiz MLA-C01 3 1"));
        var question = await connector.WaitForAsync(r => r.Shown.Contains("Question 1 of 1", StringComparison.Ordinal));
        var roundId = RoundId().Match(question.Body).Groups[1].Value;
        await bot.PostAsync(Personal("m2", value: new JsonObject { ["verb"] = "answer", ["roundId"] = roundId, ["choice"] = LabelOf(question.Body, "A real-time endpoint") }, replyToId: "act-1"));
        await connector.WaitForAsync(r => r.Method == "PUT");
        await bot.PostAsync(Personal("m3", text: "review"));
        var later = await connector.WaitForAsync(r => r.Shown.Contains("Come back", StringComparison.Ordinal));
        await bot.PostAsync(Personal("m4", text: "review settings retention:0.93"));
        var saved = await connector.WaitForAsync(r => r.Shown.Contains("Retention set to 0.93", StringComparison.Ordinal));

        Assert.Equal("/v3/conversations/a%3A1personal-chat/activities/m0", empty.Path);
        Assert.Contains("your next card is due then", later.Shown, StringComparison.Ordinal);
        Assert.Equal("/v3/conversations/a%3A1personal-chat/activities/m4", saved.Path);
        var member = Assert.Single(stores.Members.Members);
        Assert.Equal(0.93, (await stores.Reviews.GetSettingsAsync(member.Id, CancellationToken.None)).Retention);
        Assert.Equal([ReviewRating.Again], stores.Reviews.Reviews.Select(r => r.Rating));
    }

    [Fact]
    public async Task Execute_AnswersInTheSameResponseWithTheResultCard()
    {
        await using var bot = await BotHost.StartAsync(stores);
        await bot.PostAsync(Personal("m1", text: "quiz MLA-C01 3 1"));
        var question = await connector.WaitForAsync(r => r.Shown.Contains("Question 1 of 1", StringComparison.Ordinal));
        var roundId = RoundId().Match(question.Body).Groups[1].Value;
        var invoke = Activity("invoke", "i1", Conversation, "personal");
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "answer", ["data"] = new JsonObject { ["roundId"] = roundId, ["choice"] = LabelOf(question.Body, "A real-time endpoint") } },
            ["trigger"] = "manual",
        };

        var response = await bot.PostAsync(invoke.ToJsonString());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string)body["type"]!);
        Assert.Contains("Not quite", body["value"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotAdded_ThenRestart_StoredReferenceReceivesTheDailyPost()
    {
        await using (var first = await BotHost.StartAsync(stores))
        {
            var added = Activity("conversationUpdate", "f:1", TeamChannel, "channel");
            added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" });
            added["channelData"] = new JsonObject
            {
                ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2", ["name"] = "ML Study" },
                ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
                ["eventType"] = "teamMemberAdded",
            };

            var response = await first.PostAsync(added.ToJsonString());
            var welcome = await connector.WaitForAsync(r => r.Shown.Contains("StudyBot is here", StringComparison.Ordinal));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("/v3/conversations/19%3A0b7f32667e064dd9b25d7969801541f4%40thread.tacv2/activities", welcome.Path);
        }

        await using var restarted = await BotHost.StartAsync(stores);
        var channel = (await stores.Channels.FindChannelAsync(Platform.Teams, TeamChannel, default))!;
        var community = (await stores.Channels.FindCommunityAsync(channel.CommunityId, default))!;

        var round = await restarted.Services.GetRequiredService<DailyRoundService>().PostAsync(channel.Id, null, default);
        var post = await connector.WaitForAsync(r => r.Shown.Contains("Daily question", StringComparison.Ordinal));

        Assert.True(community.IsAdmin("aad-ann"));
        Assert.Equal("19:team@thread.tacv2", community.ExternalId);
        Assert.Equal("/v3/conversations/19%3A0b7f32667e064dd9b25d7969801541f4%40thread.tacv2/activities", post.Path);
        Assert.StartsWith("act-", round!.MessageRef, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_429WithRetryAfter_IsRetriedAfterTheWait()
    {
        await using var bot = await BotHost.StartAsync(stores);
        connector.Script(429, "1");

        var response = await bot.PostAsync(Personal("m1", text: "help"));
        await connector.WaitForAsync(r => r.Shown.StartsWith("**StudyBot**", StringComparison.Ordinal) && connector.Requests.Count >= 2);
        var attempts = connector.Requests.ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].ReceivedAt - attempts[0].ReceivedAt >= TimeSpan.FromMilliseconds(900), "Retry-After: 1 was not honoured");
        Assert.Equal(attempts[0].Body, attempts[1].Body);
        Assert.Contains("- **quiz [exam] [domain] [count]**", attempts[1].Shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentMode_NonLoopbackServiceUrl_ReceivesNothing()
    {
        await using var bot = await BotHost.StartAsync(stores);
        var activity = JsonNode.Parse(Personal("m1", text: "help"))!;
        activity["serviceUrl"] = "https://smba.trafficmanager.net/amer/";

        var response = await bot.PostAsync(activity.ToJsonString());
        await Task.Delay(200);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task ConnectorClient_HostNotAllowed_SendsNothingAndAllowedHostGetsTheToken()
    {
        var openId = new FakeOpenIdHandler();
        await using var bot = await BotHost.StartAsync(stores, new()
        {
            ["BotFramework:AppId"] = TestTokens.AppId,
            ["BotFramework:AppPassword"] = "secret",
            ["BotFramework:TenantId"] = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
            ["BotFramework:AllowedServiceUrlHosts:0"] = "localhost",
        }, services => services.AddHttpClient(BotTokenClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => openId));
        var sut = bot.Services.GetRequiredService<ConnectorClient>();
        var message = new Activities.Activity { Type = "message", Text = "hi" };

        var refused = await Assert.ThrowsAsync<ConnectorException>(() => sut.SendToConversationAsync(connector.ServiceUrl, "19:x@thread.tacv2", message, default));
        await Task.Delay(100);
        var countAfterRefusal = connector.Requests.Count;
        var id = await sut.SendToConversationAsync($"http://localhost:{connector.Port}/", "19:x@thread.tacv2", message, default);

        Assert.Equal(0, refused.StatusCode);
        Assert.Equal(0, countAfterRefusal);
        Assert.Equal("act-1", id);
        Assert.Equal("Bearer outbound-token", connector.Requests.Single().Authorization);
        Assert.Equal("https://login.microsoftonline.com/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/oauth2/v2.0/token", openId.LastTokenRequestUri);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", openId.LastTokenRequestBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectorClient_UpdateDeleteCreate_UseEscapedPathsAndOneCachedToken()
    {
        var openId = new FakeOpenIdHandler();
        await using var bot = await BotHost.StartAsync(stores, new()
        {
            ["BotFramework:AppId"] = TestTokens.AppId,
            ["BotFramework:AppPassword"] = "secret",
            ["BotFramework:AllowedServiceUrlHosts:0"] = "localhost",
        }, services => services.AddHttpClient(BotTokenClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => openId));
        var sut = bot.Services.GetRequiredService<ConnectorClient>();
        var url = $"http://localhost:{connector.Port}/";
        var message = new Activities.Activity { Type = "message", Text = "hi" };

        await sut.UpdateActivityAsync(url, "19:a;messageid=1", "1:xyz", message, default);
        await sut.DeleteActivityAsync(url, "19:a;messageid=1", "1:xyz", default);
        var created = await sut.CreateConversationAsync(url, new ConversationParameters(new Activities.ChannelAccount("28:bot"), [new Activities.ChannelAccount("29:ann")], false, "tenant-1"), default);

        Assert.Equal(["PUT", "DELETE", "POST"], connector.Requests.Select(r => r.Method));
        Assert.Equal("/v3/conversations/19%3Aa%3Bmessageid%3D1/activities/1%3Axyz", connector.Requests.First().Path);
        Assert.Equal("/v3/conversations", connector.Requests.Last().Path);
        Assert.Equal("a:personal-chat", created!.Id);
        Assert.Equal(1, openId.TokenRequests);
        Assert.Contains("login.microsoftonline.com/botframework.com/", openId.LastTokenRequestUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectorClient_PersistentThrottling_GivesUpAfterBoundedAttempts()
    {
        await using var bot = await BotHost.StartAsync(stores);
        for (var i = 0; i < ConnectorClient.MaxAttempts + 2; i++)
        {
            connector.Script(503, "0");
        }

        var sut = bot.Services.GetRequiredService<ConnectorClient>();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => sut.SendToConversationAsync(connector.ServiceUrl, "a:1", new Activities.Activity { Type = "message" }, default));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(ConnectorClient.MaxAttempts, connector.Requests.Count);
    }

    [Fact]
    public async Task Endpoint_ProductionModeWithoutToken_Is401AndNothingIsSent()
    {
        await using var bot = await BotHost.StartAsync(stores, new()
        {
            ["BotFramework:AppId"] = TestTokens.AppId,
            ["BotFramework:AppPassword"] = "secret",
        });

        var response = await bot.PostAsync(Personal("m1", text: "help"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(connector.Requests);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"text\":\"no type\"}")]
    public async Task Endpoint_MalformedBody_Is400(string body)
    {
        await using var bot = await BotHost.StartAsync(stores);

        var response = await bot.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Endpoint_UnknownActivityType_Is200AndIgnored()
    {
        await using var bot = await BotHost.StartAsync(stores);

        var response = await bot.PostAsync(Activity("messageReaction", "r1", Conversation, "personal").ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(connector.Requests);
    }

    private string Personal(string id, string? text = null, JsonObject? value = null, string? replyToId = null)
    {
        var activity = Activity("message", id, Conversation, "personal");
        if (text is not null)
        {
            activity["text"] = text;
        }

        if (value is not null)
        {
            activity["value"] = value;
        }

        if (replyToId is not null)
        {
            activity["replyToId"] = replyToId;
        }

        return activity.ToJsonString();
    }

    private JsonObject Activity(string type, string id, string conversationId, string conversationType) => new()
    {
        ["type"] = type,
        ["id"] = id,
        ["serviceUrl"] = connector.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:ann", ["name"] = "Ann", ["aadObjectId"] = "aad-ann" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "StudyBot" },
        ["conversation"] = new JsonObject
        {
            ["id"] = conversationId,
            ["conversationType"] = conversationType,
            ["isGroup"] = conversationType != "personal",
            ["tenantId"] = "tenant-1",
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };

    private static string LabelOf(string body, string choiceText) =>
        Regex.Match(body, "\"text\":\"\\*\\*([A-Z])\\.\\*\\* " + Regex.Escape(choiceText)).Groups[1].Value;

    [GeneratedRegex("\"roundId\":\"(\\d+)\"")]
    private static partial Regex RoundId();
}
