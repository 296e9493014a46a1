using System.Net;
using System.Text.Json.Nodes;

namespace StudyBot.BotFramework.Tests;

/// <summary>Hard / Good / Easy on the result card: the invoke answers with the same card showing the new rating.</summary>
public sealed partial class EndToEndTests
{
    private string Invoke(string id, string verb, JsonObject data)
    {
        var invoke = Activity("invoke", id, Conversation, "personal");
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return invoke.ToJsonString();
    }

    private async Task<(BotHost Bot, string RoundId, JsonNode Result)> AnsweredQuizAsync(string choiceText)
    {
        var bot = await BotHost.StartAsync(stores);
        await bot.PostAsync(Personal("m1", text: "quiz MLA-C01 3 1"));
        var question = await connector.WaitForAsync(r => r.Shown.Contains("Question 1 of 1", StringComparison.Ordinal));
        var roundId = RoundId().Match(question.Body).Groups[1].Value;
        var response = await bot.PostAsync(Invoke("i1", "answer", new JsonObject { ["roundId"] = roundId, ["choice"] = LabelOf(question.Body, choiceText) }));
        return (bot, roundId, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static List<string> ActionTitles(JsonNode card) =>
        [.. card["body"]!.AsArray().Where(e => (string?)e?["type"] == "ActionSet").SelectMany(e => e!["actions"]!.AsArray()).Select(a => (string)a!["title"]!)];

    [Fact]
    public async Task Rate_ExecuteOnTheResultCard_ReplacesItWithTheNewRating_AndRatesTheReviewOnce()
    {
        var (bot, roundId, answered) = await AnsweredQuizAsync("A Batch Transform job");
        await using var _ = bot;

        var easy = await bot.PostAsync(Invoke("i2", "rate", new JsonObject { ["roundId"] = roundId, ["rating"] = "easy" }));
        var easyBody = JsonNode.Parse(await easy.Content.ReadAsStringAsync())!;
        var again = await bot.PostAsync(Invoke("i3", "rate", new JsonObject { ["roundId"] = roundId, ["rating"] = "easy" }));
        var againBody = JsonNode.Parse(await again.Content.ReadAsStringAsync())!;

        Assert.Equal(["Hard", "✓ Good", "Easy", "Another quiz", "Leaderboard"], ActionTitles(answered["value"]!));
        Assert.Equal(HttpStatusCode.OK, easy.StatusCode);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string)easyBody["type"]!);
        Assert.Equal(["Hard", "Good", "✓ Easy", "Another quiz", "Leaderboard"], ActionTitles(easyBody["value"]!));
        Assert.Contains("Quiz done: 1/1 correct", easyBody["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(ActionTitles(easyBody["value"]!), ActionTitles(againBody["value"]!));
        var review = Assert.Single(stores.Reviews.Reviews);
        Assert.Equal(ReviewRating.Easy, review.Rating);
        Assert.Equal(stores.Answers.Answers.Single().Id, review.AnswerId);
    }

    [Fact]
    public async Task Rate_SubmitFallback_UpdatesTheClickedCard()
    {
        var (bot, roundId, _) = await AnsweredQuizAsync("A Batch Transform job");
        await using var __ = bot;

        await bot.PostAsync(Personal("m3", value: new JsonObject { ["verb"] = "rate", ["roundId"] = roundId, ["rating"] = "hard" }, replyToId: "act-9"));
        var update = await connector.WaitForAsync(r => r.Method == "PUT");

        Assert.Equal("/v3/conversations/a%3A1personal-chat/activities/act-9", update.Path);
        var card = JsonNode.Parse(update.Body)!["attachments"]![0]!["content"]!;
        Assert.Equal(["✓ Hard", "Good", "Easy", "Another quiz", "Leaderboard"], ActionTitles(card));
        Assert.Equal([ReviewRating.Hard], stores.Reviews.Reviews.Select(r => r.Rating));
    }

    [Fact]
    public async Task Rate_AfterAWrongAnswer_NoButtons_AndARateClickIsAPrivateRefusal()
    {
        var (bot, roundId, answered) = await AnsweredQuizAsync("A real-time endpoint");
        await using var _ = bot;

        var rate = await bot.PostAsync(Invoke("i2", "rate", new JsonObject { ["roundId"] = roundId, ["rating"] = "easy" }));
        var body = JsonNode.Parse(await rate.Content.ReadAsStringAsync())!;
        var bogus = await bot.PostAsync(Invoke("i3", "rate", new JsonObject { ["roundId"] = roundId, ["rating"] = "again" }));
        var bogusBody = JsonNode.Parse(await bogus.Content.ReadAsStringAsync())!;

        Assert.DoesNotContain("Easy", ActionTitles(answered["value"]!));
        Assert.Equal("application/vnd.microsoft.activity.message", (string)body["type"]!);
        Assert.Contains("Only a right answer", (string)body["value"]!, StringComparison.Ordinal);
        Assert.Contains("not one I know", (string)bogusBody["value"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(stores.Reviews.Reviews, r => r.Rating != ReviewRating.Again);
    }
}

/// <summary>Hard / Good / Easy on the daily question in a channel: on the member's own view of the card, once revealed.</summary>
public sealed partial class EndToEndTests
{
    private const string DailyChannel = "19:rating@thread.tacv2";

    [Fact]
    public async Task Rate_DailyInAChannel_ButtonsOnlyOnTheMembersRevealedView_AndTheClickRatesThatAnswer()
    {
        await using var bot = await BotHost.StartAsync(stores);
        var community = await stores.Channels.EnsureCommunityAsync(Platform.Teams, "19:team@thread.tacv2", "ML Study", default);
        var channel = await stores.Channels.EnsureChannelAsync(community.Id, Platform.Teams, DailyChannel, "General", default);
        var now = DateTimeOffset.UtcNow;
        var (round, _) = await stores.Rounds.AddRoundOrGetExistingAsync(new Round
        {
            Kind = RoundKind.Daily, ChannelId = channel.Id, CommunityId = community.Id, LocalDate = DateOnly.FromDateTime(now.UtcDateTime),
            QuestionId = "t-single", ChoiceOrder = "ABC", OpensAt = now.AddMinutes(-1), ClosesAt = now.AddSeconds(8),
        }, default);
        var id = round.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var answered = await ExecuteAsync(bot, "answer", new JsonObject { ["roundId"] = id, ["choice"] = "B" }, DailyChannel, "channel");
        var early = await ExecuteAsync(bot, "rate", new JsonObject { ["roundId"] = id, ["rating"] = "easy" }, DailyChannel, "channel");
        Assert.Single(stores.Answers.Answers);

        // The reveal comes at the round's closing time (an answer click reads the open round's copy until then).
        var untilClosed = round.ClosesAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200);
        await Task.Delay(untilClosed > TimeSpan.Zero ? untilClosed : TimeSpan.Zero);
        var revealed = await ExecuteAsync(bot, "refresh", new JsonObject { ["roundId"] = id }, DailyChannel, "channel");
        var rated = await ExecuteAsync(bot, "rate", new JsonObject { ["roundId"] = id, ["rating"] = "easy" }, DailyChannel, "channel");

        // While open: the member's view says what they recorded, with no rating (it would tell whether it was right).
        Assert.DoesNotContain(ActionTitles(answered["value"]!), t => t.Contains("Easy", StringComparison.Ordinal));
        Assert.Contains("revealed", early.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["Hard", "✓ Good", "Easy"], ActionTitles(revealed["value"]!));
        Assert.Equal(["Hard", "Good", "✓ Easy"], ActionTitles(rated["value"]!));
        var review = Assert.Single(stores.Reviews.Reviews);
        Assert.Equal(ReviewRating.Easy, review.Rating);
        Assert.Equal(stores.Answers.Answers.Single().Id, review.AnswerId);
    }
}
