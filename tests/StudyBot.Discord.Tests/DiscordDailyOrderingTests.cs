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
    public async Task DailyOrdering_ClickOnChannelThenPlaceInEphemeral_RecordsOnceComplete()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(DiscordTestHost.Settings(fake.BaseUrl), services => services.AddSingleton(Bank()));
        await host.PostSignedAsync(InteractionJson.Command("setup", permissions: InteractionJson.AdminPermissions,
            options: InteractionJson.Subcommand("daily", InteractionJson.Options(("time", "09:00"), ("timezone", "UTC")))));
        var round = await host.App.Services.GetRequiredService<DailyRoundService>().PostAsync(host.Channels.Single().Id, null, CancellationToken.None);
        string Label(char key) => ((char)('A' + round!.ChoiceOrder.IndexOf(key, StringComparison.Ordinal))).ToString();

        using var first = await host.PostSignedAsync(InteractionJson.Click($"d:{round!.Id}:{Label('C')}", flags: 0));
        var firstBody = await InteractionJson.ReadAsync(first);
        using var second = await host.PostSignedAsync(InteractionJson.Click($"d:{round.Id}:{Label('C')}{Label('A')}", flags: 64));
        var secondBody = await InteractionJson.ReadAsync(second);
        var answersBeforeLast = host.Answers.Count;
        using var third = await host.PostSignedAsync(InteractionJson.Click($"d:{round.Id}:{Label('C')}{Label('A')}{Label('B')}", flags: 64));
        var thirdBody = await InteractionJson.ReadAsync(third);

        Assert.Equal(4, firstBody.GetProperty("type").GetInt32());
        Assert.Equal(64, firstBody.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(3, firstBody.GetProperty("data").GetProperty("components")[0].GetProperty("components").GetArrayLength());
        Assert.Equal(7, secondBody.GetProperty("type").GetInt32());
        Assert.Equal(0, answersBeforeLast);
        Assert.Equal(7, thirdBody.GetProperty("type").GetInt32());
        Assert.StartsWith("Recorded", thirdBody.GetProperty("data").GetProperty("content").GetString());
        Assert.DoesNotContain("Monitor", thirdBody.GetProperty("data").GetProperty("content").GetString());
        var answer = Assert.Single(host.Answers);
        Assert.Equal(["C", "A", "B", "D"], answer.Keys);
    }
}
