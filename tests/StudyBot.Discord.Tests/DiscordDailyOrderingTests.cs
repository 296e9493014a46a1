using StudyBot.Tests.Shared;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.Discord.Tests;

public sealed class DiscordDailyOrderingTests
{
    private const string OrderingOnly = """
        topic: order
        title: Ordering only
        questions:
          - id: o-1
            type: ordering
            difficulty: 1
            exams:
              - { exam: AIF-C01, domain: 1 }
            prompt: Put the steps in the order they run.
            choices:
              A: Train
              B: Deploy
              C: Prepare data
              D: Monitor
            answer: [C, A, B, D]
            explanation: Data, training, deployment, then monitoring.
            references: [https://docs.aws.amazon.com/sagemaker/latest/dg/how-it-works-mlconcepts.html]
            verified: 2026-11-25
        """;

    private static QuestionBank Bank()
    {
        var folder = Path.Combine(Path.GetTempPath(), "studybot-order-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            TestBank.WriteCatalog(folder);
            File.WriteAllText(Path.Combine(folder, "order.yaml"), OrderingOnly);
            return QuestionBankLoader.LoadOrThrow(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task DailyOrdering_ClickOnChannelThenBuildInEphemeral_UndoAndStartOver_RecordsOnlyOnSubmit()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(DiscordTestHost.Settings(fake.BaseUrl), services => services.AddSingleton(Bank()));
        await host.PostSignedAsync(InteractionJson.Command("setup", permissions: InteractionJson.AdminPermissions,
            options: InteractionJson.Subcommand("daily", InteractionJson.Options(("time", "09:00"), ("timezone", "UTC")))));
        var round = await host.App.Services.GetRequiredService<DailyRoundService>().PostAsync(host.Channels.Single().Id, null, CancellationToken.None);
        string L(string keys) => string.Concat(keys.Select(key => (char)('A' + round!.ChoiceOrder.IndexOf(key, StringComparison.Ordinal))));
        async Task<JsonElement> Click(string customId, int flags = 64)
        {
            using var response = await host.PostSignedAsync(InteractionJson.Click(customId, flags: flags));
            return await InteractionJson.ReadAsync(response);
        }

        var first = await Click($"d:{round!.Id}:{L("C")}:o", flags: 0);
        var second = await Click($"d:{round.Id}:{L("CB")}:o");
        var undone = await Click($"d:{round.Id}:{L("C")}:u");
        var restarted = await Click($"d:{round.Id}::r");
        var early = await Click($"d:{round.Id}:{L("CA")}:s");
        var complete = await Click($"d:{round.Id}:{L("CABD")}:o");
        var answersBeforeSubmit = host.Answers.Count;
        var submitted = await Click($"d:{round.Id}:{L("CABD")}:s");
        var again = await Click($"d:{round.Id}:{L("CABD")}:s");
        string Content(JsonElement body) => body.GetProperty("data").GetProperty("content").GetString()!;
        string[] Labels(JsonElement body, int row) => body.GetProperty("data").GetProperty("components")[row].GetProperty("components").EnumerateArray().Select(b => b.GetProperty("label").GetString()!).ToArray();

        Assert.Equal(4, first.GetProperty("type").GetInt32());
        Assert.Equal(64, first.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(3, first.GetProperty("data").GetProperty("components")[0].GetProperty("components").GetArrayLength());
        Assert.Equal(["Undo last", "Start over", "Submit"], Labels(first, 1));
        Assert.Equal(7, second.GetProperty("type").GetInt32());
        Assert.Contains($"Your order so far: {L("C")} → {L("B")}.", Content(second));
        Assert.Contains($"Your order so far: {L("C")}.", Content(undone));
        Assert.Contains("Build the order: pick the first step.", Content(restarted));
        Assert.Equal(4, restarted.GetProperty("data").GetProperty("components")[0].GetProperty("components").GetArrayLength());
        Assert.Contains("⚠️ Put all 4 choices in order.", Content(early));
        Assert.Equal(["Undo last", "Start over", "Submit"], Labels(complete, 0));
        Assert.Equal(0, answersBeforeSubmit);
        Assert.Equal(7, submitted.GetProperty("type").GetInt32());
        Assert.StartsWith("Recorded", Content(submitted));
        Assert.DoesNotContain("Monitor", Content(submitted));
        Assert.Contains("already answered", Content(again));
        var answer = Assert.Single(host.Answers);
        Assert.Equal(["C", "A", "B", "D"], answer.Keys);
    }
}
