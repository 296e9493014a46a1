using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Tests.Shared;

namespace StudyBot.BotFramework.Tests;

/// <summary>Team channel scenarios end to end: install, admins, setup, a quiz moved to a personal chat, daily answers, removal.</summary>
public sealed partial class ChannelEndToEndTests : IAsyncLifetime
{
    private const string TeamChannel = "19:general@thread.tacv2";

    private readonly FakeStores stores = new();
    private FakeConnector connector = null!;
    private BotHost bot = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        bot = await BotHost.StartAsync(stores);
        var added = Channel("conversationUpdate", "f:1", "", from: ("29:ann", "aad-ann", null));
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" });
        await bot.PostAsync(added.ToJsonString());
        await connector.WaitForAsync(r => r.Shown.Contains("StudyBot is here", StringComparison.Ordinal));
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
        var channel = await stores.Channels.FindChannelAsync(Platform.Teams, TeamChannel, default);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mon, Wed and Fri at 09:00 Europe/Berlin, AIF-C01", reply.Shown, StringComparison.Ordinal);
        Assert.True(channel!.DailyEnabled);
        Assert.Equal("AIF-C01", channel.Exam);
        Assert.Equal(Weekdays.Monday | Weekdays.Wednesday | Weekdays.Friday, channel.Days);
        Assert.Equal("/v3/conversations/19%3Ageneral%40thread.tacv2%3Bmessageid%3D1/activities/m1", reply.Path);
    }

    [Theory]
    [InlineData("mon-fri")]
    [InlineData("weekdays")]
    [InlineData("mon,tue,wed,thu,fri")]
    public async Task Setup_DailyWithMondayToFriday_ByTheInstaller_IsAcceptedAndSavesMondayToFriday(string days)
    {
        // The old Teams parser accepted "mon-fri" and the engine then rejected it: now one grammar reads it for both.
        var response = await bot.PostAsync(Channel("message", "m1", $"<at>StudyBot</at> setup daily 09:00 Europe/Berlin {days}", from: ("29:ann", "aad-ann", null)).ToJsonString());
        var reply = await connector.WaitForAsync(r => r.Method == "POST" && r.Path.EndsWith("/activities/m1", StringComparison.Ordinal));
        var channel = (await stores.Channels.FindChannelAsync(Platform.Teams, TeamChannel, default))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Weekdays at 09:00 Europe/Berlin, all exams, answer revealed after 8 hours.", reply.Shown);
        Assert.True(channel.DailyEnabled);
        Assert.Equal(Weekdays.MondayToFriday, channel.Days);
        Assert.Equal(9 * 60, channel.PostMinuteOfDay);
        Assert.Equal("Europe/Berlin", channel.TimeZone);
    }

    [Fact]
    public async Task Setup_ByOtherMember_IsRefusedAndSaysWhoTheAdminsAre()
    {
        await bot.PostAsync(Channel("message", "m1", "<at>StudyBot</at> setup daily 09:00 UTC", from: ("29:bob", "aad-bob", null)).ToJsonString());
        var reply = await connector.WaitForAsync(r => r.Method == "POST");
        var channel = (await stores.Channels.FindChannelAsync(Platform.Teams, TeamChannel, default))!;

        Assert.Contains("Only admins can change the daily question.", reply.Shown, StringComparison.Ordinal);
        Assert.Contains("the member who installed StudyBot and the admins they added with `setup admins add` @member", reply.Shown, StringComparison.Ordinal);
        Assert.False(channel.DailyEnabled);
    }

    [Fact]
    public async Task AdminsAdd_ThenNewAdminCanSetUp_ButAGuestNever()
    {
        var grant = Mentioning(Channel("message", "m1", "<at>StudyBot</at> setup admins add <at>Bob</at>", from: ("29:ann", "aad-ann", null)), ("29:bob", "Bob"));
        await bot.PostAsync(grant.ToJsonString());
        await connector.WaitForAsync(r => r.Shown.Contains("Bob can now set up the daily question.", StringComparison.Ordinal));

        await bot.PostAsync(Channel("message", "m2", "<at>StudyBot</at> setup daily 08:00 UTC", from: ("29:bob", null, null)).ToJsonString());
        await connector.WaitForAsync(r => r.Shown.Contains("Weekdays at 08:00 UTC", StringComparison.Ordinal));
        await bot.PostAsync(Channel("message", "m3", "<at>StudyBot</at> setup pause", from: ("29:bob", null, "guest")).ToJsonString());
        var refused = await connector.WaitForAsync(r => r.Path.EndsWith("/m3", StringComparison.Ordinal));

        Assert.Contains("Only admins can change the daily question.", refused.Shown, StringComparison.Ordinal);
        Assert.False((await stores.Channels.FindChannelAsync(Platform.Teams, TeamChannel, default))!.Paused);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AdminsAdd_MemberWithAnObjectId_CanSetUp_WhetherOrNotTheConnectorKnowsIt(bool rosterKnowsBob)
    {
        // Teams sends every real user's Entra object id, and members are known by it; a mention carries only the 29: id.
        if (rosterKnowsBob)
        {
            connector.MemberObjectIds["29:bob"] = "aad-bob";
        }

        var grant = Mentioning(Channel("message", "m1", "<at>StudyBot</at> setup admins add <at>Bob</at>", from: ("29:ann", "aad-ann", null)), ("29:bob", "Bob"));
        await bot.PostAsync(grant.ToJsonString());
        await connector.WaitForAsync(r => r.Shown.Contains("Bob can now set up the daily question.", StringComparison.Ordinal));

        await bot.PostAsync(Channel("message", "m2", "<at>StudyBot</at> setup daily 08:00 UTC", from: ("29:bob", "aad-bob", null)).ToJsonString());
        var reply = await connector.WaitForAsync(r => r.Method == "POST" && r.Path.EndsWith("/activities/m2", StringComparison.Ordinal));
        var channel = (await stores.Channels.FindChannelAsync(Platform.Teams, TeamChannel, default))!;
        var community = (await stores.Channels.FindCommunityAsync(channel.CommunityId, default))!;

        Assert.Contains("Weekdays at 08:00 UTC", reply.Shown, StringComparison.Ordinal);
        Assert.True(channel.DailyEnabled);
        Assert.True(community.IsAdmin(rosterKnowsBob ? "aad-bob" : "29:bob"));
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
        Assert.Contains("Question 1 of", card.Shown, StringComparison.Ordinal);
        Assert.Equal("Bob: I sent it to our personal chat.", notice.Shown);
        Assert.DoesNotContain(connector.Requests, r => r.Path.Contains("general", StringComparison.Ordinal) && r.Shown.Contains("Question 1 of", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_InChannel_GoesToAPersonalChatAndListsTheCatalogsCommandsForAMember()
    {
        await bot.PostAsync(Channel("message", "m1", "<at>StudyBot</at> help", from: ("29:bob", "aad-bob", null)).ToJsonString());
        var help = await connector.WaitForAsync(r => r.Path == "/v3/conversations/a%3Apersonal-chat/activities");
        var notice = await connector.WaitForAsync(r => r.Path.EndsWith("/activities/m1", StringComparison.Ordinal));

        Assert.Equal("Bob: I sent it to our personal chat.", notice.Shown);
        Assert.StartsWith("**StudyBot** (in a channel, mention me first)", help.Shown, StringComparison.Ordinal);
        Assert.All(CommandCatalog.All.Where(c => !c.AdminOnly), c => Assert.Contains($"- **{c.Name}", help.Shown, StringComparison.Ordinal));
        Assert.Contains("- **quiz [exam] [domain] [count]**: " + CommandCatalog.Get(CommandNames.Quiz).Description, help.Shown, StringComparison.Ordinal);
        Assert.DoesNotContain("setup daily", help.Shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatsOfAMember_Visible_IsShownPrivately_Hidden_IsRefusedWithoutTheirStats()
    {
        connector.MemberObjectIds["29:bob"] = "aad-bob";
        await BobAnswersAQuizAsync();
        var ask = Mentioning(Channel("message", "m1", "<at>StudyBot</at> stats <at>Bob</at>", from: ("29:ann", "aad-ann", null)), ("29:bob", "Bob"));

        await bot.PostAsync(ask.ToJsonString());
        var visible = await connector.WaitForAsync(r => r.Path == "/v3/conversations/a%3Apersonal-chat/activities" && r.Shown.Contains("Stats: Bob", StringComparison.Ordinal));
        await connector.WaitForAsync(r => r.Path.EndsWith("/activities/m1", StringComparison.Ordinal));
        await bot.PostAsync(Channel("message", "m2", "<at>StudyBot</at> stats hide", from: ("29:bob", "aad-bob", null)).ToJsonString());
        await connector.WaitForAsync(r => r.Path.EndsWith("/activities/m2", StringComparison.Ordinal));
        connector.Requests.Clear();
        var again = (JsonObject)ask.DeepClone();
        again["id"] = "m3";
        await bot.PostAsync(again.ToJsonString());
        var refused = await connector.WaitForAsync(r => r.Path.EndsWith("/activities/m3", StringComparison.Ordinal));
        await Task.Delay(200);

        Assert.Contains("Answered: 1", visible.Shown, StringComparison.Ordinal);
        Assert.Equal("That member keeps their stats private.", refused.Shown);
        Assert.DoesNotContain(connector.Requests, r => r.Shown.Contains("Stats: Bob", StringComparison.Ordinal) || r.Shown.Contains("Answered", StringComparison.Ordinal));
        Assert.DoesNotContain(connector.Requests, r => r.Path.Contains("personal-chat", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("leaderboard fortnight")]
    [InlineData("leaderboard period:fortnight")]
    [InlineData("leaderboard month fortnight")]
    public async Task Leaderboard_UnknownWord_GetsAnErrorNamingItAndNoBoard(string command)
    {
        await bot.PostAsync(Channel("message", "m1", $"<at>StudyBot</at> {command}", from: ("29:bob", "aad-bob", null)).ToJsonString());
        var reply = await connector.WaitForAsync(r => r.Path.EndsWith("/activities/m1", StringComparison.Ordinal));
        await Task.Delay(200);

        Assert.Contains("'fortnight'", reply.Shown, StringComparison.Ordinal);
        Assert.DoesNotContain(connector.Requests, r => r.Shown.Contains("Leaderboard", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Leaderboard_MonthServer_IsPostedInTheChannel()
    {
        await bot.PostAsync(Channel("message", "m1", "<at>StudyBot</at> leaderboard month server", from: ("29:bob", "aad-bob", null)).ToJsonString());
        var board = await connector.WaitForAsync(r => r.Path.EndsWith("/activities/m1", StringComparison.Ordinal));

        Assert.Equal("/v3/conversations/19%3Ageneral%40thread.tacv2%3Bmessageid%3D1/activities/m1", board.Path);
        Assert.Contains("Leaderboard — this month, ML Study", board.Shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DailyAnswer_BySubmitInChannel_IsPrivateAndTheChannelCardCountIsUpdated()
    {
        var channel = (await stores.Channels.FindChannelAsync(Platform.Teams, TeamChannel, default))!;
        var round = (await bot.Services.GetRequiredService<DailyRoundService>().PostAsync(channel.Id, null, default))!;
        var posted = await connector.WaitForAsync(r => r.Shown.Contains("Daily question", StringComparison.Ordinal));
        var label = Regex.Match(posted.Body, "\"choice\":\"([A-Z])\"").Groups[1].Value;
        var submit = Channel("message", "m9", "", from: ("29:bob", "aad-bob", null));
        var roundId = round.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        submit["value"] = posted.Body.Contains("\"order\":", StringComparison.Ordinal)
            ? new JsonObject { ["verb"] = "answer", ["roundId"] = roundId, ["order"] = "ABC" }
            : new JsonObject { ["verb"] = "answer", ["roundId"] = roundId, ["choice"] = label.Length > 0 ? label : "A,B" };
        submit["replyToId"] = round.MessageRef;

        await bot.PostAsync(submit.ToJsonString());
        var update = await connector.WaitForAsync(r => r.Method == "PUT");

        Assert.Equal($"/v3/conversations/19%3Ageneral%40thread.tacv2/activities/{round.MessageRef}", update.Path);
        var recorded = await connector.WaitForAsync(r => r.Method == "POST" && r.Shown.StartsWith("Recorded", StringComparison.Ordinal));
        Assert.Equal("/v3/conversations/a%3Apersonal-chat/activities", recorded.Path);
        Assert.DoesNotContain(connector.Requests, r => r.Method == "POST" && r.Path.Contains("general", StringComparison.Ordinal) && r.Shown.Contains("Recorded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WeeklyDigest_SuggestedQuiz_IsATeamsCommandForTheWeakestDomain()
    {
        await bot.PostAsync(Channel("message", "m1", "<at>StudyBot</at> setup daily 09:00 UTC daily AIF-C01", from: ("29:ann", "aad-ann", null)).ToJsonString());
        await connector.WaitForAsync(r => r.Path.EndsWith("/activities/m1", StringComparison.Ordinal) && r.Shown.StartsWith("Every day", StringComparison.Ordinal));
        var channel = (await stores.Channels.FindChannelAsync(Platform.Teams, TeamChannel, default))!;
        var round = (await bot.Services.GetRequiredService<DailyRoundService>().PostAsync(channel.Id, null, default))!;
        var question = bot.Services.GetRequiredService<QuestionBank>().Get(round.QuestionId);
        // A wrong answer: a domain is the weakest only when it trails (a perfect score has none).
        var key = Grader.CorrectLabels(question, round.ChoiceOrder);
        var labels = Enumerable.Range(0, question.Choices.Count).Select(Grader.LabelAt).ToList();
        IReadOnlyList<string> pick = question.Type switch
        {
            QuestionType.Single or QuestionType.Multiple => labels.Where(l => !key.Contains(l)).Concat(key).Take(key.Count).ToList(),
            _ => [.. key.Reverse()],
        };
        var bob = new Actor(Platform.Teams, "aad-bob", "Bob", new Place(PlaceKind.Channel, "19:team@thread.tacv2", "ML Study", TeamChannel, "General"));
        var answered = await bot.Services.GetRequiredService<Engine.Answers.AnswerService>().SubmitAsync(round.Id, bob, pick, default);
        Assert.Equal(AnswerOutcome.Recorded, answered.Outcome);
        var expected = await bot.Services.GetRequiredService<Engine.Digest.DigestService>().BuildAsync(channel, default);

        var posted = await bot.Services.GetRequiredService<Engine.Digest.DigestService>().PostAsync(channel.Id, default);
        var digest = await connector.WaitForAsync(r => r.Shown.Contains("Practise it:", StringComparison.Ordinal));

        Assert.True(posted);
        Assert.Equal("/v3/conversations/19%3Ageneral%40thread.tacv2/activities", digest.Path);
        var suggested = expected.SuggestedQuiz!;
        var hint = digest.TextBlocks.Single(t => t.StartsWith("Practise it:", StringComparison.Ordinal));
        var typed = Regex.Match(hint, "`([^`]+)`").Groups[1].Value;
        Assert.DoesNotContain("/", typed, StringComparison.Ordinal);
        var parsed = CommandParser.ParseText(typed).Invocation!;
        Assert.Equal(CommandNames.Quiz, parsed.Name);
        Assert.Equal("AIF-C01", parsed.Exam());
        Assert.Equal(expected.Weakest!.Domain, parsed.Integer(CommandNames.Domain));
        Assert.Equal(suggested.Arguments.Single(a => a.Key == CommandNames.Domain).Value, parsed.Integer(CommandNames.Domain)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
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
        var channel = await stores.Channels.FindChannelAsync(Platform.Teams, TeamChannel, default);

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
        await connector.WaitForAsync(r => r.Shown.Contains("StudyBot is here", StringComparison.Ordinal));
        await Task.Delay(300);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(connector.Requests, r => r.Shown.Contains("StudyBot is here", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InstallationUpdateRemove_DeactivatesEveryChannelOfTheTeam()
    {
        var added = Channel("installationUpdate", "f:1", "", from: ("29:ann", "aad-ann", null));
        added["action"] = "add";
        await bot.PostAsync(added.ToJsonString());
        var first = await stores.Channels.FindChannelAsync(Platform.Teams, TeamChannel, default);
        var sibling = await stores.Channels.EnsureChannelAsync(first!.CommunityId, Platform.Teams, "19:other@thread.tacv2", "Other", default);
        var removed = Channel("installationUpdate", "f:2", "", from: ("29:ann", "aad-ann", null));
        removed["action"] = "remove";

        var response = await bot.PostAsync(removed.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await stores.Channels.FindChannelAsync(Platform.Teams, TeamChannel, default))!.Active);
        Assert.False((await stores.Channels.FindChannelAsync(sibling.Id, default))!.Active);
    }

    /// <summary>Adds the mention entities of these members (after the bot's) as Teams sends them: account id and name only.</summary>
    private static JsonObject Mentioning(JsonObject activity, params (string Id, string Name)[] members)
    {
        var entities = activity["entities"]!.AsArray();
        foreach (var (id, name) in members)
        {
            entities.Add(new JsonObject { ["type"] = "mention", ["text"] = $"<at>{name}</at>", ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name } });
        }

        return activity;
    }

    /// <summary>Bob answers one quiz question in his personal chat, so he has stats.</summary>
    private async Task BobAnswersAQuizAsync()
    {
        var actor = new Actor(Platform.Teams, "aad-bob", "Bob", new Place(PlaceKind.Personal, "a:bob", "Personal chat", "a:bob", "Personal chat"), OtherUserIds: ["29:bob"]);
        var quizzes = bot.Services.GetRequiredService<Engine.Quizzes.QuizService>();
        var start = await quizzes.StartAsync(actor, new Engine.Quizzes.QuizRequest("MLA-C01", 3, 1), default);
        var step = await quizzes.AnswerAsync(start.First!.RoundId, actor, ["A"], default);
        Assert.Equal(AnswerOutcome.Recorded, step.Result.Outcome);
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
