using System.Net;
using System.Text.Json.Nodes;
using StudyBot.BotFramework.Cards;

namespace StudyBot.BotFramework.Tests;

/// <summary>A mock exam in the Teams personal chat: the card, then each step answered in the invoke response with the card replaced.</summary>
public sealed partial class EndToEndTests
{
    private async Task<JsonNode> MockStepAsync(BotHost bot, string id, long attemptId, int position, string step, JsonObject? inputs = null)
    {
        var data = new JsonObject { [MockCards.AttemptField] = attemptId.ToString(System.Globalization.CultureInfo.InvariantCulture), [MockCards.PositionField] = position.ToString(System.Globalization.CultureInfo.InvariantCulture), [MockCards.StepField] = step };
        foreach (var (name, value) in inputs ?? [])
        {
            data[name] = value?.DeepClone();
        }

        var invoke = Activity("invoke", id, Conversation, "personal");
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = CardVerbs.Mock, ["data"] = data }, ["trigger"] = "manual" };
        var response = await bot.PostAsync(invoke.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task Mock_InThePersonalChat_OneCardReplacedPerStepUntilTheReport()
    {
        await using var bot = await BotHost.StartAsync(stores);

        await bot.PostAsync(Personal("m1", text: "mock start AIF-C01"));
        var card = await connector.WaitForAsync(r => r.Shown.Contains("AIF-C01 mock · question 1 of", StringComparison.Ordinal));
        var attempt = Assert.Single(stores.Mocks.Attempts);
        var flagged = await MockStepAsync(bot, "i1", attempt.Id, 1, "flag");
        var skipped = await MockStepAsync(bot, "i2", attempt.Id, 1, "next");
        var refused = await MockStepAsync(bot, "i3", attempt.Id, 2, "answer");
        var answered = await MockStepAsync(bot, "i4", attempt.Id, 2, "answer", new JsonObject { ["choice"] = "A", ["pos1"] = "A", ["pos2"] = "B", ["pos3"] = "C" });
        var report = await MockStepAsync(bot, "i5", attempt.Id, 3, "submit");

        Assert.Contains("Time left: ", card.Shown, StringComparison.Ordinal);
        Assert.Contains("UTC", card.Shown, StringComparison.Ordinal);
        Assert.Contains("Action.Execute", card.Body, StringComparison.Ordinal);
        Assert.Contains("0 answered, 1 flagged", flagged["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("question 2 of", skipped["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Nothing was recorded", refused["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Review list", answered["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("AIF-C01 mock: ", report["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("estimated", report["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.False(Assert.Single(stores.Mocks.Attempts).IsOpen);
        Assert.True((await stores.Mocks.ListItemsAsync(attempt.Id, CancellationToken.None))[0].Flagged);
    }
}
