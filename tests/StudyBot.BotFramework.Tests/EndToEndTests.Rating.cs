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
