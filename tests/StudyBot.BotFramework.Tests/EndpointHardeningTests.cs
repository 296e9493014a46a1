using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using StudyBot.BotFramework.Connector;

namespace StudyBot.BotFramework.Tests;

/// <summary>Bad input and a slow Connector through Kestrel on loopback (issue 14): 4xx or a polite reply, never a 5xx or a write.</summary>
public sealed class EndpointHardeningTests : IAsyncLifetime
{
    private const string Conversation = "a:1personal-chat";

    private readonly FakeStores stores = new();
    private readonly LogCapture logs = new();
    private FakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Theory]
    [InlineData("message", "entities")]
    [InlineData("message", "attachments")]
    [InlineData("conversationUpdate", "membersAdded")]
    [InlineData("conversationUpdate", "membersRemoved")]
    public async Task Post_NullInsideAnArray_Is400AndWritesNothing(string type, string array)
    {
        await using var bot = await StartAsync();
        var activity = Activity(type, "x1", "help");
        activity[array] = new JsonArray(new JsonObject { ["id"] = "28:bot", ["type"] = "mention" }, null);
        var before = StoreSnapshot.Of(stores);

        var response = await bot.PostAsync(activity.ToJsonString());
        await Task.Delay(200);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"{array}[1] is null", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, StoreSnapshot.Of(stores));
        Assert.Empty(connector.Requests);
        Assert.Empty(logs.AtLeast(LogLevel.Error));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    public async Task Post_BodyThatIsNotUtf8_Is400AndWritesNothing(byte[] bad)
    {
        await using var bot = await StartAsync();
        var json = Encoding.UTF8.GetBytes(Activity("message", "m1", "help me").ToJsonString());
        var at = Array.IndexOf(json, (byte)'h');
        var body = json[..at].Concat(bad).Concat(json[at..]).ToArray();

        var response = await bot.PostAsync(body);
        await Task.Delay(200);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(StoreSnapshot.Of(new FakeStores()), StoreSnapshot.Of(stores));
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task Post_LoneSurrogateInAnInvokeVerb_Is400AndNothingThrows()
    {
        await using var bot = await StartAsync();
        var invoke = Activity("invoke", "i1", null);
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "VERB", ["data"] = new JsonObject() } };
        var json = invoke.ToJsonString().Replace("VERB", "\\ud800", StringComparison.Ordinal);

        var response = await bot.PostAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid Unicode", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(logs.AtLeast(LogLevel.Error));
        Assert.Equal(StoreSnapshot.Of(new FakeStores()), StoreSnapshot.Of(stores));
    }

    [Theory]
    [InlineData("conversation", "id", "LONG")]
    [InlineData("conversation", "id", "a:1 personal")]
    [InlineData("conversation", "tenantId", "tenant\u00001")]
    [InlineData("from", "id", "29:\u0007ann")]
    [InlineData("from", "aadObjectId", "LONG")]
    [InlineData("from", "id", "")]
    [InlineData("team", "id", "LONG")]
    [InlineData("tenant", "id", "tenant 1")]
    public async Task Post_IdOfTheWrongShape_Is400AndWritesNoMemberCommunityOrChannel(string owner, string field, string value)
    {
        await using var bot = await StartAsync();
        var activity = Activity("message", "m1", "help");
        var bad = value == "LONG" ? "19:" + new string('a', 400) + "@thread.tacv2" : value;
        activity["channelData"]!["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" };
        var node = owner is "team" or "tenant" ? activity["channelData"]![owner]! : activity[owner]!;
        node[field] = bad;

        var response = await bot.PostAsync(activity.ToJsonString());
        await Task.Delay(200);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(StoreSnapshot.Of(new FakeStores()), StoreSnapshot.Of(stores));
        Assert.Empty(connector.Requests);
    }

    [Theory]
    [InlineData("quiz count abc", "count must be a whole number, not 'abc'")]
    [InlineData("quiz count:1.5", "count must be a whole number, not '1.5'")]
    [InlineData("quiz 1.5", "count must be a whole number, not '1.5'")]
    [InlineData("quiz 99999999999999999999", "count 99999999999999999999 is out of range; use 1 to")]
    [InlineData("quiz count:99999999999999999999", "count 99999999999999999999 is out of range; use 1 to")]
    [InlineData("quiz exam:", "exam is empty")]
    [InlineData("quiz exam", "exam needs a value")]
    public async Task Message_WronglyTypedOption_GetsAPoliteReplyNamingItAndWritesNothing(string text, string expected)
    {
        await using var bot = await StartAsync();

        var response = await bot.PostAsync(Activity("message", "m1", text).ToJsonString());
        var reply = await connector.WaitForAsync(r => r.Method == "POST");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, reply.Shown, StringComparison.Ordinal);
        Assert.Equal(StoreSnapshot.Of(new FakeStores()), StoreSnapshot.Of(stores));
    }

    [Theory]
    [InlineData("""{"verb":"answer","roundId":"7","choice":5}""", "not one of the card's choices")]
    [InlineData("""{"verb":"answer","roundId":"7","choice":["A"]}""", "The card sent choice in a shape I cannot read")]
    [InlineData("""{"verb":"answer","roundId":["7"],"choice":"A"}""", "The card sent roundId in a shape I cannot read")]
    [InlineData("""{"verb":"answer","roundId":true,"choice":"A"}""", "That answer came without its question")]
    [InlineData("""{"verb":"answer","roundId":"7","pos1":"A","pos2":{"x":1}}""", "The card sent pos2 in a shape I cannot read")]
    [InlineData("""{"verb":"setup","time":["09:00"],"zone":"UTC"}""", "The card sent time in a shape I cannot read")]
    [InlineData("""{"verb":"setup","time":true,"zone":"UTC"}""", "is not a time of day")]
    public async Task Submit_WronglyTypedCardData_GetsAPoliteReplyAndWritesNothing(string value, string expected)
    {
        await using var bot = await StartAsync();
        var submit = Activity("message", "m1", null);
        submit["value"] = JsonNode.Parse(value);

        var response = await bot.PostAsync(submit.ToJsonString());
        var reply = await connector.WaitForAsync(r => r.Method == "POST");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, reply.Shown, StringComparison.Ordinal);
        Assert.Equal(StoreSnapshot.Of(new FakeStores()), StoreSnapshot.Of(stores));
    }

    [Fact]
    public async Task Execute_WronglyTypedCardData_AnswersWithAMessageAndWritesNothing()
    {
        await using var bot = await StartAsync();
        var invoke = Activity("invoke", "i1", null);
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "answer", ["data"] = new JsonObject { ["roundId"] = "7", ["choice"] = new JsonArray("A", "B") } },
        };

        var response = await bot.PostAsync(invoke.ToJsonString());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Contains("choice", (string?)body["value"], StringComparison.Ordinal);
        Assert.Equal(StoreSnapshot.Of(new FakeStores()), StoreSnapshot.Of(stores));
    }

    [Fact]
    public async Task Reply_ConnectorSlowerThanItsTimeout_IsAcknowledgedAtOnceAndSentOnARetry()
    {
        await using var bot = await StartAsync(connectorTimeout: TimeSpan.FromMilliseconds(400));
        await bot.PostAsync(Activity("typing", "t1", null).ToJsonString());
        connector.ScriptSlow(TimeSpan.FromSeconds(6));

        var watch = Stopwatch.StartNew();
        var response = await bot.PostAsync(Activity("message", "m1", "help").ToJsonString());
        var answeredIn = watch.Elapsed;
        await connector.WaitForAsync(_ => connector.Requests.Count >= 2);
        await Task.Delay(300);
        var attempts = connector.Requests.ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(answeredIn < TimeSpan.FromSeconds(3), $"the inbound request waited {answeredIn} for the Connector");
        Assert.Equal(2, attempts.Count);
        Assert.Equal(attempts[0].Body, attempts[1].Body);
        Assert.Contains("- **quiz [exam] [domain] [count]**", attempts[1].Shown, StringComparison.Ordinal);
        Assert.Contains(logs.Entries, e => e.Message.Contains("timed out (attempt 1)", StringComparison.Ordinal));
        Assert.Empty(logs.AtLeast(LogLevel.Error));
    }

    [Fact]
    public async Task Reply_ConnectorAlwaysTooSlow_GivesUpAfterBoundedAttemptsAndLogsAWarning()
    {
        await using var bot = await StartAsync(connectorTimeout: TimeSpan.FromMilliseconds(300));
        for (var i = 0; i < ConnectorClient.MaxAttempts + 2; i++)
        {
            connector.ScriptSlow(TimeSpan.FromSeconds(6));
        }

        var response = await bot.PostAsync(Activity("message", "m1", "help").ToJsonString());
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!logs.Entries.Any(e => e.Message.Contains("giving up", StringComparison.Ordinal)) && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }

        await Task.Delay(500);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ConnectorClient.MaxTimeoutAttempts, connector.Requests.Count);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains($"timed out {ConnectorClient.MaxTimeoutAttempts} times; giving up", StringComparison.Ordinal));
        Assert.Empty(logs.AtLeast(LogLevel.Error));
    }

    [Fact]
    public async Task Execute_WithASlowConnector_AnswersInlineWithoutWaitingForIt()
    {
        await using var bot = await StartAsync(connectorTimeout: TimeSpan.FromSeconds(20));
        await bot.PostAsync(Activity("typing", "t1", null).ToJsonString());
        connector.ScriptSlow(TimeSpan.FromSeconds(10));
        var invoke = Activity("invoke", "i1", null);
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "quiz", ["data"] = new JsonObject() } };

        var watch = Stopwatch.StartNew();
        var response = await bot.PostAsync(invoke.ToJsonString());
        var answeredIn = watch.Elapsed;
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        var posted = await connector.WaitForAsync(r => r.Method == "POST" && r.Shown.Contains("Question 1 of", StringComparison.Ordinal));

        // A button that starts something answers at once and posts the new card after, whatever the Connector's speed.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(answeredIn < TimeSpan.FromSeconds(5), $"the invoke waited {answeredIn}");
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal("Posted below.", (string?)body["value"]);
        Assert.EndsWith("/activities", posted.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pacing_TwelveMessagesInOneConversation_AnswersEachAtOnceAndSendsInOrderLater()
    {
        var time = new FakeTimeProvider(TestTokens.Now);
        await using var bot = await StartAsync(time: time);

        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 12; i++)
        {
            statuses.Add((await bot.PostAsync(Activity("message", $"m{i}", "help").ToJsonString())).StatusCode);
        }

        await connector.WaitForAsync(_ => connector.Requests.Count >= ConversationPacer.Burst);
        await Task.Delay(300);
        var sentBeforeTimePassed = connector.Requests.Count;
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (connector.Requests.Count < 12 && DateTime.UtcNow < until)
        {
            time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(20);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(ConversationPacer.Burst, sentBeforeTimePassed);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"/v3/conversations/a%3A1personal-chat/activities/m{i}"), connector.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task Mention_RosterLookupSlowerThanItsBudget_AnswersWithTheIdTheMentionCarries()
    {
        var time = new FakeTimeProvider(TestTokens.Now);
        await using var bot = await StartAsync(time: time);
        connector.ScriptSlow(TimeSpan.FromSeconds(30));
        var ask = Activity("message", "m1", "<at>StudyBot</at> stats <at>Bob</at>");
        ask["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["text"] = "<at>StudyBot</at>", ["mentioned"] = new JsonObject { ["id"] = "28:bot", ["name"] = "StudyBot" } },
            new JsonObject { ["type"] = "mention", ["text"] = "<at>Bob</at>", ["mentioned"] = new JsonObject { ["id"] = "29:bob", ["name"] = "Bob" } });

        var posting = bot.PostAsync(ask.ToJsonString());
        await connector.WaitForAsync(r => r.Method == "GET");
        time.Advance(Handlers.TeamsMentions.LookupBudget);
        var response = await posting.WaitAsync(TimeSpan.FromSeconds(10));
        var reply = await connector.WaitForAsync(r => r.Method == "POST");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("/activities/m1", reply.Path, StringComparison.Ordinal);
        Assert.Contains(logs.Entries, e => e.Message.Contains("took longer than", StringComparison.Ordinal));
        Assert.Empty(logs.AtLeast(LogLevel.Error));
    }

    [Fact]
    public async Task HandleAsync_CallerWentAway_Is499AndNotLoggedAsAnError()
    {
        await using var bot = await StartAsync();
        var sut = bot.Services.GetRequiredService<MessagesEndpoint>();
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(Activity("message", "m1", "help").ToJsonString()));
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();

        var result = await sut.HandleAsync(context, gone.Token);

        Assert.Equal(MessagesEndpoint.ClientClosedRequest, Assert.IsAssignableFrom<IStatusCodeHttpResult>(result).StatusCode);
        Assert.Empty(logs.AtLeast(LogLevel.Warning));
        Assert.Equal(StoreSnapshot.Of(new FakeStores()), StoreSnapshot.Of(stores));
    }

    private Task<BotHost> StartAsync(TimeSpan? connectorTimeout = null, TimeProvider? time = null) =>
        BotHost.StartAsync(stores, configure: services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            if (connectorTimeout is { } timeout)
            {
                services.AddHttpClient(ConnectorClient.HttpClientName, c => c.Timeout = timeout);
            }

            if (time is not null)
            {
                services.AddSingleton(time);
            }
        });

    private JsonObject Activity(string type, string id, string? text)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["serviceUrl"] = connector.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:ann", ["name"] = "Ann", ["aadObjectId"] = "aad-ann" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "StudyBot" },
            ["conversation"] = new JsonObject { ["id"] = Conversation, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        return activity;
    }
}
