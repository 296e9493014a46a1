using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Tests.Shared;

namespace StudyBot.BotFramework.Tests;

/// <summary>
/// Issue 13, what Teams members see after a click: what a button starts is a new post (item 4), the daily question closes
/// with its answer (item 5), each member sees their own answer on the shared card and nobody else's (item 6), the personal
/// chat is not a channel (item 14), help has buttons (item 22).
/// </summary>
public sealed class CardsFlowTests : IAsyncLifetime
{
    private const string TeamChannel = "19:flow@thread.tacv2";
    private const string BobChat = "a:bob-chat";

    private readonly FakeStores stores = new();
    private FakeConnector connector = null!;
    private BotHost bot = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        bot = await BotHost.StartAsync(stores);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task StartAQuiz_OnTheChannelWelcome_PostsTheQuizPrivatelyAndTheWelcomeStays()
    {
        await InstallInChannelAsync();

        var response = await InvokeAsync(Activity("invoke", "i1", "29:bob", personal: false), "quiz", new JsonObject());
        var question = await connector.WaitForAsync(r => r.Method == "POST" && r.Shown.Contains("Question 1 of", StringComparison.Ordinal));
        await Task.Delay(200);

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)response["type"]);
        Assert.Equal("I sent it to our personal chat.", (string?)response["value"]);
        Assert.Equal("/v3/conversations/a%3Apersonal-chat/activities", question.Path);
        Assert.DoesNotContain(connector.Requests, r => r.Method == "PUT");
        Assert.DoesNotContain(connector.Requests, r => r.Path.Contains("flow", StringComparison.Ordinal) && r.Shown.Contains("Question 1 of", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnotherQuiz_OnTheQuizSummary_PostsANewQuestionAndTheSummaryStays()
    {
        await bot.PostAsync(Activity("message", "m1", "29:bob", personal: true, text: "quiz MLA-C01 3 1").ToJsonString());
        var question = await connector.WaitForAsync(r => r.Shown.Contains("Question 1 of 1", StringComparison.Ordinal));
        var answer = Activity("message", "m2", "29:bob", personal: true);
        answer["value"] = new JsonObject { ["verb"] = "answer", ["roundId"] = RoundIdOf(question), ["choice"] = "A" };
        answer["replyToId"] = "act-1";
        await bot.PostAsync(answer.ToJsonString());
        var summary = await connector.WaitForAsync(r => r.Method == "PUT");
        connector.Requests.Clear();

        var response = await InvokeAsync(Activity("invoke", "i1", "29:bob", personal: true), "quiz", new JsonObject());
        var next = await connector.WaitForAsync(r => r.Method == "POST" && r.Shown.Contains("Question 1 of", StringComparison.Ordinal));
        await Task.Delay(200);

        Assert.Contains("Quiz done", summary.Shown, StringComparison.Ordinal);
        Assert.Equal("Posted below.", (string?)response["value"]);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(BobChat)}/activities", next.Path);
        Assert.DoesNotContain(connector.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task Reveal_UpdatesThePostedCard_ClosedWithTheAnswerAndNoInputs()
    {
        var (round, _) = await PostDailyAsync();

        await bot.Services.GetRequiredService<DailyRoundService>().RevealAsync(round.Id, default);
        var closed = await connector.WaitForAsync(r => r.Method == "PUT");
        var card = CardOf(closed);

        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(TeamChannel)}/activities/{round.MessageRef}", closed.Path);
        Assert.Contains("Closed · 0 answers", closed.Shown, StringComparison.Ordinal);
        Assert.Contains("Answer: ", closed.Shown, StringComparison.Ordinal);
        Assert.Empty(Inputs(card));
        Assert.Contains(connector.Requests, r => r.Method == "POST" && r.Shown.Contains("✅", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DailyAnswer_Execute_ShowsTheMemberTheirAnswer_AndNobodyElse()
    {
        var (round, pick) = await PostDailyAsync();

        var mine = await InvokeAsync(Activity("invoke", "i1", "29:bob", personal: false), "answer", Answer(round, pick));
        var shared = await connector.WaitForAsync(r => r.Method == "PUT" && r.Shown.Contains("1 answer so far", StringComparison.Ordinal));
        var annRefresh = await InvokeAsync(Activity("invoke", "i2", "29:ann", personal: false), "refresh", RoundData(round), trigger: "automatic");
        var bobRefresh = await InvokeAsync(Activity("invoke", "i3", "29:bob", personal: false), "refresh", RoundData(round), trigger: "automatic");

        var bobsCard = mine["value"]!.AsObject();
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)mine["type"]);
        Assert.Contains("You answered ", bobsCard.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(Inputs(bobsCard));
        Assert.Equal(["29:bob"], RefreshUsers(bobsCard));
        Assert.Equal(["29:bob"], RefreshUsers(CardOf(shared)));
        Assert.DoesNotContain("You answered", shared.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("You answered", annRefresh.ToJsonString(), StringComparison.Ordinal);
        Assert.NotEmpty(Inputs(annRefresh["value"]!.AsObject()));
        Assert.Contains("You answered ", bobRefresh.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(connector.Requests, r => r.Body.Contains("You answered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refresh_AfterTheReveal_ShowsTheMembersPickAgainstTheAnswer()
    {
        var (round, pick) = await PostDailyAsync();
        await InvokeAsync(Activity("invoke", "i1", "29:bob", personal: false), "answer", Answer(round, pick));
        await bot.Services.GetRequiredService<DailyRoundService>().RevealAsync(round.Id, default);
        var closed = await connector.WaitForAsync(r => r.Method == "PUT" && r.Shown.Contains("Closed", StringComparison.Ordinal));

        var refreshed = await InvokeAsync(Activity("invoke", "i2", "29:bob", personal: false), "refresh", RoundData(round), trigger: "automatic");

        Assert.Equal(["29:bob"], RefreshUsers(CardOf(closed)));
        Assert.Contains("You chose ", refreshed.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Answer: ", refreshed.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(Inputs(refreshed["value"]!.AsObject()));
    }

    [Fact]
    public async Task Refresh_UnknownRound_SaysSoAndShowsNothing()
    {
        var response = await InvokeAsync(Activity("invoke", "i1", "29:bob", personal: false), "refresh", new JsonObject { ["roundId"] = "999999" });

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)response["type"]);
        Assert.Empty(stores.Members.Members);
    }

    [Fact]
    public async Task PersonalChatInstall_WelcomeOffersQuizReviewAndStats_NotTheDailySetup()
    {
        var added = Activity("conversationUpdate", "f:1", "29:bob", personal: true);
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" });

        await bot.PostAsync(added.ToJsonString());
        var welcome = await connector.WaitForAsync(r => r.Shown.Contains("StudyBot is here", StringComparison.Ordinal));

        Assert.DoesNotContain("this channel", welcome.Shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("not set up", welcome.Shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Set up the daily question", welcome.Body, StringComparison.Ordinal);
        Assert.Equal(["quiz", "review", "stats", "help"], Commands(CardOf(welcome)));
    }

    [Fact]
    public async Task ChannelInstall_WelcomeSaysHowToSetUpOnce_WithTheFormButton()
    {
        var welcome = await InstallInChannelAsync();

        Assert.Equal(1, Count(welcome.Shown, "setup daily"));
        Assert.Contains("**@StudyBot setup daily 09:00 Europe/Berlin**", welcome.Shown, StringComparison.Ordinal);
        Assert.DoesNotContain("not set up", welcome.Shown, StringComparison.Ordinal);
        Assert.Contains("Set up the daily question", welcome.Body, StringComparison.Ordinal);
        Assert.Contains("quiz", Commands(CardOf(welcome)));
    }

    [Fact]
    public async Task Setup_InThePersonalChat_SaysTheDailyQuestionBelongsToAChannel()
    {
        var reply = await AskInPersonalChatAsync("setup");

        Assert.Contains("belongs to a channel", reply.Shown, StringComparison.Ordinal);
        Assert.DoesNotContain("not set up", reply.Shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_HasButtonsForTheCommonActions_AndAButtonPostsItsCommand()
    {
        await bot.PostAsync(Activity("message", "m1", "29:bob", personal: true, text: "help").ToJsonString());
        var help = await connector.WaitForAsync(r => r.Shown.StartsWith("**StudyBot**", StringComparison.Ordinal));

        var response = await InvokeAsync(Activity("invoke", "i1", "29:bob", personal: true), "run", new JsonObject { ["command"] = "quiz" });
        var question = await connector.WaitForAsync(r => r.Method == "POST" && r.Shown.Contains("Question 1 of", StringComparison.Ordinal));

        Assert.Equal(["quiz", "review", "stats", "leaderboard"], Commands(CardOf(help)));
        Assert.Contains("Start a quiz", help.Body, StringComparison.Ordinal);
        Assert.Contains("- **quiz [exam] [domain] [count]**: ", help.Shown, StringComparison.Ordinal);
        Assert.DoesNotContain("`", help.Shown, StringComparison.Ordinal);
        Assert.Equal("Posted below.", (string?)response["value"]);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(BobChat)}/activities", question.Path);
    }

    [Theory]
    [InlineData("explode")]
    [InlineData("")]
    public async Task RunButton_NotACommand_IsRefusedAndPostsNothing(string command)
    {
        var response = await InvokeAsync(Activity("invoke", "i1", "29:bob", personal: true), "run", new JsonObject { ["command"] = command });
        await Task.Delay(200);

        Assert.Equal("That button is not one I know.", (string?)response["value"]);
        Assert.Empty(connector.Requests);
        Assert.Empty(stores.Members.Members);
    }

    [Fact]
    public async Task SetupForm_AMistake_ComesBackAsFilledInWithTheFieldNamed_AndNothingIsSaved()
    {
        await InstallInChannelAsync();
        var before = (await stores.Channels.FindChannelAsync(Platform.Teams, TeamChannel, default))!;
        var form = new JsonObject { ["time"] = "07:45", ["zone"] = "UTC", ["zoneOther"] = "Mars/Base", ["days"] = "daily", ["exam"] = "all", ["reveal"] = "480" };

        var response = await InvokeAsync(Activity("invoke", "i1", "29:ann", personal: false), "setup", form);
        var after = (await stores.Channels.FindChannelAsync(Platform.Teams, TeamChannel, default))!;

        var card = response["value"]!.AsObject();
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)response["type"]);
        Assert.Contains("Another time zone: ", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("07:45", (string?)Nodes(card).OfType<JsonObject>().Single(n => (string?)n["id"] == "time")["value"]);
        Assert.Equal("Mars/Base", (string?)Nodes(card).OfType<JsonObject>().Single(n => (string?)n["id"] == "zoneOther")["value"]);
        Assert.False(after.DailyEnabled);
        Assert.Equal(before.ScheduleVersion, after.ScheduleVersion);
    }

    [Fact]
    public async Task SetupForm_EveryDayAndARevealTime_AreSaved()
    {
        await InstallInChannelAsync();
        var form = new JsonObject { ["time"] = "08:30", ["zone"] = "Europe/Berlin", ["days"] = "daily", ["exam"] = "all", ["reveal"] = "480", ["revealAt"] = "17:00" };

        var response = await InvokeAsync(Activity("invoke", "i1", "29:ann", personal: false), "setup", form);
        var channel = (await stores.Channels.FindChannelAsync(Platform.Teams, TeamChannel, default))!;

        Assert.Contains("Every day at 08:30 Europe/Berlin", response.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(Weekdays.Every, channel.Days);
        Assert.Equal(8 * 60 + 30, channel.RevealAfterMinutes);
        Assert.Equal("Europe/Berlin", channel.TimeZone);
    }

    [Fact]
    public async Task SetupFormButton_InANewChannelOfATeamWithAZone_PostsTheFormInTheChannelWithTheTeamsZone()
    {
        await InstallInChannelAsync();
        var channel = (await stores.Channels.FindChannelAsync(Platform.Teams, TeamChannel, default))!;
        await stores.Channels.SetCommunityTimeZoneAsync(channel.CommunityId, "Asia/Kathmandu", default);

        var response = await InvokeAsync(Activity("invoke", "i1", "29:ann", personal: false), "setup", new JsonObject { ["form"] = "true" });
        var form = await connector.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("zoneOther", StringComparison.Ordinal));

        var zone = Nodes(CardOf(form)).OfType<JsonObject>().Single(n => (string?)n["id"] == "zone");
        Assert.Equal("Posted below.", (string?)response["value"]);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(TeamChannel + ";messageid=1")}/activities", form.Path);
        Assert.Equal("Asia/Kathmandu", (string?)zone["value"]);
        Assert.DoesNotContain(connector.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task Leaderboard_InThePersonalChat_IsTheTeamsBoardOfTheTeamTheMemberAnswersIn()
    {
        var (round, pick) = await PostDailyAsync();
        await InvokeAsync(Activity("invoke", "i1", "29:bob", personal: false), "answer", Answer(round, pick));
        connector.Requests.Clear();

        var board = await AskInPersonalChatAsync("leaderboard");

        Assert.Contains("Leaderboard — this week, ML Study", board.Shown, StringComparison.Ordinal);
        Assert.Contains("Bob", board.Shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Personal chat", board.Shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaderboard_InThePersonalChat_WithoutATeam_SaysWhereBoardsAre()
    {
        var reply = await AskInPersonalChatAsync("leaderboard");

        Assert.StartsWith("Boards belong to your team's channels", reply.Shown, StringComparison.Ordinal);
        Assert.DoesNotContain("#", reply.Shown, StringComparison.Ordinal);
    }

    /// <summary>Bob's message in his personal chat, and the bot's reply to it.</summary>
    private async Task<ConnectorRequest> AskInPersonalChatAsync(string text)
    {
        await bot.PostAsync(Activity("message", "m1", "29:bob", personal: true, text: text).ToJsonString());
        return await connector.WaitForAsync(r => r.Path.EndsWith("/activities/m1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunButton_ASlowCommand_IsNotRunFromAButton()
    {
        await InstallInChannelAsync();

        var response = await InvokeAsync(Activity("invoke", "i1", "29:ann", personal: false), "run", new JsonObject { ["command"] = "setup postnow" });
        await Task.Delay(200);

        Assert.Equal("Type `setup post-now` to run that.", (string?)response["value"]);
        Assert.Empty(connector.Requests);
        Assert.Empty(stores.Rounds.Rounds);
    }

    private async Task<ConnectorRequest> InstallInChannelAsync()
    {
        var added = Activity("conversationUpdate", "f:1", "29:ann", personal: false);
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" });
        await bot.PostAsync(added.ToJsonString());
        var welcome = await connector.WaitForAsync(r => r.Shown.Contains("StudyBot is here", StringComparison.Ordinal));
        connector.Requests.Clear();
        return welcome;
    }

    /// <summary>Today's question posted in the installed channel, with a valid pick for it.</summary>
    private async Task<(Round Round, JsonObject Pick)> PostDailyAsync()
    {
        await InstallInChannelAsync();
        var channel = (await stores.Channels.FindChannelAsync(Platform.Teams, TeamChannel, default))!;
        var round = (await bot.Services.GetRequiredService<DailyRoundService>().PostAsync(channel.Id, null, default))!;
        await connector.WaitForAsync(r => r.Method == "POST" && r.Shown.Contains("Daily question", StringComparison.Ordinal));
        connector.Requests.Clear();
        var question = bot.Services.GetRequiredService<QuestionBank>().Get(round.QuestionId);
        var labels = Enumerable.Range(0, question.Choices.Count).Select(i => ((char)('A' + i)).ToString()).ToList();
        var pick = question.Type switch
        {
            QuestionType.Single => new JsonObject { ["choice"] = "A" },
            QuestionType.Multiple => new JsonObject { ["choice"] = string.Join(',', labels.Take(question.PickCount)) },
            _ => new JsonObject(labels.Select((l, i) => KeyValuePair.Create<string, JsonNode?>($"pos{i + 1}", l))),
        };
        return (round, pick);
    }

    private static JsonObject RoundData(Round round) => new() { ["roundId"] = round.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static JsonObject Answer(Round round, JsonObject pick)
    {
        var data = RoundData(round);
        foreach (var (key, value) in pick)
        {
            data[key] = value?.DeepClone();
        }

        return data;
    }

    private async Task<JsonObject> InvokeAsync(JsonObject invoke, string verb, JsonObject data, string trigger = "manual")
    {
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = trigger,
        };
        var response = await bot.PostAsync(invoke.ToJsonString());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static JsonObject CardOf(ConnectorRequest request) => JsonNode.Parse(request.Body)!["attachments"]![0]!["content"]!.AsObject();

    private static string RoundIdOf(ConnectorRequest request) =>
        System.Text.RegularExpressions.Regex.Match(request.Body, "\"roundId\":\"(\\d+)\"").Groups[1].Value;

    private static List<string> RefreshUsers(JsonObject card) => [.. card["refresh"]!["userIds"]!.AsArray().Select(u => (string)u!)];

    /// <summary>The answer inputs of a card: input fields and the body's buttons (the refresh action is not one).</summary>
    private static List<JsonNode> Inputs(JsonObject card) =>
        [.. Nodes(card["body"]).Where(n => n is JsonObject o && ((string?)o["type"] is { } type && (type.StartsWith("Input.", StringComparison.Ordinal) || type == "ActionSet")))];

    /// <summary>The commands the card's Run buttons type.</summary>
    private static List<string> Commands(JsonObject card) =>
        [.. Nodes(card["body"]).OfType<JsonObject>().Where(o => (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == "run").Select(o => (string)o["data"]!["command"]!)];

    private static IEnumerable<JsonNode> Nodes(JsonNode? node) => node switch
    {
        JsonObject o => new[] { (JsonNode)o }.Concat(o.SelectMany(p => Nodes(p.Value))),
        JsonArray a => a.SelectMany(Nodes),
        _ => [],
    };

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private JsonObject Activity(string type, string id, string fromId, bool personal, string text = "")
    {
        var conversation = personal
            ? new JsonObject { ["id"] = BobChat, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" }
            : new JsonObject { ["id"] = type == "conversationUpdate" ? TeamChannel : TeamChannel + ";messageid=1", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = "tenant-1" };
        var channelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } };
        if (!personal)
        {
            channelData["team"] = new JsonObject { ["id"] = "19:flowteam@thread.tacv2", ["name"] = "ML Study" };
            channelData["channel"] = new JsonObject { ["id"] = TeamChannel };
        }

        return new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["text"] = personal || text.Length == 0 ? text : "<at>StudyBot</at> " + text,
            ["serviceUrl"] = connector.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = fromId, ["name"] = fromId == "29:ann" ? "Ann" : "Bob", ["aadObjectId"] = "aad-" + fromId[3..] },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "StudyBot" },
            ["conversation"] = conversation,
            ["entities"] = personal ? new JsonArray() : new JsonArray(new JsonObject
            {
                ["type"] = "mention", ["text"] = "<at>StudyBot</at>", ["mentioned"] = new JsonObject { ["id"] = "28:bot", ["name"] = "StudyBot" },
            }),
            ["channelData"] = channelData,
        };
    }
}
