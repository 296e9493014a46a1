using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.BotFramework.Tests;

/// <summary>Reporting a problem from a Teams card (the report action's Execute) and an admin voiding the question by text.</summary>
public sealed partial class ChannelEndToEndTests
{
    private JsonObject ReportInvoke(long roundId, string reason, string text, string id)
    {
        var invoke = Channel("invoke", id, "", from: ("29:bob", "aad-bob", null));
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "report",
                ["data"] = new JsonObject { ["verb"] = "report", ["roundId"] = roundId, ["reason"] = reason, ["reportText"] = text },
            },
        };
        return invoke;
    }

    [Fact]
    public async Task ReportAction_StoresOncePerMember_AndTheInstallerVoidsTheQuestion()
    {
        await bot.PostAsync(Channel("message", "m1", "<at>StudyBot</at> setup daily 09:00 UTC daily AIF-C01", from: ("29:ann", "aad-ann", null)).ToJsonString());
        await connector.WaitForAsync(r => r.Path.EndsWith("/activities/m1", StringComparison.Ordinal) && r.Shown.StartsWith("Every day", StringComparison.Ordinal));
        var channel = (await stores.Channels.FindChannelAsync(Platform.Teams, TeamChannel, default))!;
        var round = (await bot.Services.GetRequiredService<DailyRoundService>().PostAsync(channel.Id, null, default))!;
        var question = bot.Services.GetRequiredService<QuestionBank>().Get(round.QuestionId);
        IReadOnlyList<string> right = [.. Grader.CorrectLabels(question, round.ChoiceOrder)];
        var bob = new Actor(Platform.Teams, "29:bob", "Bob", new Place(PlaceKind.Channel, "19:team@thread.tacv2", "ML Study", TeamChannel, "General"), OtherUserIds: ["aad-bob"]);
        Assert.Equal(AnswerOutcome.Recorded, (await bot.Services.GetRequiredService<AnswerService>().SubmitAsync(round.Id, bob, right, default)).Outcome);

        var first = await bot.PostAsync(ReportInvoke(round.Id, "outdated", "The service was renamed.", "i1").ToJsonString());
        var second = await bot.PostAsync(ReportInvoke(round.Id, "typo", "again", "i2").ToJsonString());
        var member = await bot.PostAsync(Channel("message", "m2", "<at>StudyBot</at> flags", from: ("29:bob", "aad-bob", null)).ToJsonString());
        var refusal = await connector.WaitForAsync(r => r.Path.EndsWith("/activities/m2", StringComparison.Ordinal));
        await bot.PostAsync(Channel("message", "m3", $"<at>StudyBot</at> flags resolve {round.QuestionId} void note:\"renamed service\"", from: ("29:ann", "aad-ann", null)).ToJsonString());
        var voided = await connector.WaitForAsync(r => r.Path.EndsWith("/activities/m3", StringComparison.Ordinal));

        Assert.True(first.IsSuccessStatusCode && second.IsSuccessStatusCode && member.IsSuccessStatusCode);
        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.True(stores.Flags.Flags.Count == 1, firstBody);
        var flag = Assert.Single(stores.Flags.Flags);
        Assert.Equal((FlagReason.Outdated, "The service was renamed.", round.QuestionId), (flag.Reason, flag.Text, flag.QuestionId));
        Assert.Contains("Only admins", refusal.Shown, StringComparison.Ordinal);
        Assert.Contains("Voided", voided.Shown, StringComparison.Ordinal);
        Assert.Equal(0, Assert.Single(stores.Answers.Answers).Points);
        Assert.NotNull(Assert.Single(stores.Flags.Flags).ResolvedAt);
        Assert.Equal("renamed service", Assert.Single(stores.Flags.Resolutions).Note);
    }
}
