using System.Text.Json;
using StudyBot.Discord.Handlers;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;
using StudyBot.Tests.Shared;

namespace StudyBot.Discord.Tests;

public sealed class DiscordMockTests
{
    private static readonly QuestionBank Bank = TestBank.Load();

    private static string[] CustomIds(JsonElement data) =>
        data.GetProperty("components").EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray()).Select(c => c.GetProperty("custom_id").GetString()!).ToArray();

    private static string Content(JsonElement body) => body.GetProperty("data").GetProperty("content").GetString()!;

    [Fact]
    public async Task Mock_SignedCommandAndClicks_OneEphemeralMessageUpdatedPerStep()
    {
        await using var host = await DiscordTestHost.StartAsync();

        using var started = await host.PostSignedAsync(InteractionJson.Command("mock", options: InteractionJson.Subcommand("start", InteractionJson.Options(("exam", "AIF-C01")))));
        var start = await InteractionJson.ReadAsync(started);
        var attempt = Assert.Single(host.Stores.Mocks.Attempts);
        var items = await host.Stores.Mocks.ListItemsAsync(attempt.Id, CancellationToken.None);
        var first = items[0];
        var firstQuestion = Bank.Get(first.QuestionId);
        var right = Grader.CorrectLabels(firstQuestion, first.ChoiceOrder);
        var answer = firstQuestion.Type switch
        {
            QuestionType.Multiple => InteractionJson.Click(MockComponentId.For(attempt.Id, 1, MockComponentId.Answer), values: right),
            QuestionType.Ordering => InteractionJson.Click(MockComponentId.For(attempt.Id, 1, MockComponentId.Order, string.Concat(right.Take(right.Count - 1)))),
            _ => InteractionJson.Click(MockComponentId.For(attempt.Id, 1, MockComponentId.Answer, right[0])),
        };
        using var answered = await host.PostSignedAsync(answer);
        var answeredBody = await InteractionJson.ReadAsync(answered);
        var answeredAt = (await host.Stores.Mocks.ListItemsAsync(attempt.Id, CancellationToken.None))[0].AnsweredAt;
        host.Time.Advance(TimeSpan.FromSeconds(3));
        using var again = await host.PostSignedAsync(answer);
        var againBody = await InteractionJson.ReadAsync(again);
        using var flagged = await host.PostSignedAsync(InteractionJson.Click(MockComponentId.For(attempt.Id, 2, MockComponentId.Flag)));
        var flaggedBody = await InteractionJson.ReadAsync(flagged);
        using var submitted = await host.PostSignedAsync(InteractionJson.Click(MockComponentId.For(attempt.Id, 2, MockComponentId.Submit)));
        var report = await InteractionJson.ReadAsync(submitted);
        using var late = await host.PostSignedAsync(InteractionJson.Click(MockComponentId.For(attempt.Id, 2, MockComponentId.Answer, "A")));
        var lateBody = await InteractionJson.ReadAsync(late);

        Assert.Equal(4, start.GetProperty("type").GetInt32());
        Assert.Equal(64, start.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains($"<t:{attempt.DeadlineAt.ToUnixTimeSeconds()}:R>", Content(start), StringComparison.Ordinal);
        Assert.Contains($"question 1 of {items.Count}", Content(start), StringComparison.Ordinal);
        Assert.All(CustomIds(start.GetProperty("data")), id => Assert.StartsWith($"m:{attempt.Id}:1.", id, StringComparison.Ordinal));
        Assert.All(CustomIds(start.GetProperty("data")), id => Assert.NotNull(AnswerCustomId.TryParse(id)));
        Assert.Equal(7, answeredBody.GetProperty("type").GetInt32());
        Assert.Contains($"question 2 of {items.Count}", Content(answeredBody), StringComparison.Ordinal);
        Assert.Equal(Content(answeredBody), Content(againBody));
        Assert.Equal(answeredAt, (await host.Stores.Mocks.ListItemsAsync(attempt.Id, CancellationToken.None))[0].AnsweredAt);
        Assert.Contains("🚩 flagged", Content(flaggedBody), StringComparison.Ordinal);
        Assert.Equal(7, report.GetProperty("type").GetInt32());
        Assert.Contains("AIF-C01 mock: FAIL", Content(report), StringComparison.Ordinal);
        Assert.Contains("not publish", Content(report), StringComparison.Ordinal);
        Assert.Contains("nothing was changed", Content(lateBody), StringComparison.Ordinal);
        Assert.Empty(host.Answers);
    }

    [Fact]
    public void Report_ManyMisses_PagesThatFitAMessageWithEveryMissWhole()
    {
        var missed = Enumerable.Range(1, 40).Select(i => new MissedQuestionView($"q{i}", new string('p', 250) + i, "B: the right one", new string('e', 300) + "*end*")).ToList();
        var report = new MockResultView(5, "AIF-C01", "AWS Certified AI Practitioner", 25, 65, 446, 700, false, Text.Of("How."),
            [new DomainStatView(1, "Fundamentals", 20, 13, 7, 7 / 13.0)], TimeSpan.FromMinutes(80), TimeSpan.FromMinutes(90), false, missed, null, null,
            CommandRef.Sub("mock", "start", ("exam", "AIF-C01")), true);

        var summary = MockRendering.Report(report);
        var pages = new List<DiscordMessage>();
        for (var page = 1; page < 40; page++)
        {
            var next = MockRendering.Report(report, page);
            if (pages.Count > 0 && next.Content == pages[^1].Content)
            {
                break;
            }

            pages.Add(next);
        }

        Assert.Contains("`█████░░░░░` D1 Fundamentals (20%)", summary.Content, StringComparison.Ordinal);
        Assert.Contains("`/mock start exam:AIF-C01`", summary.Content, StringComparison.Ordinal);
        Assert.All(pages, p => Assert.InRange(p.Content!.Length, 1, DiscordMessage.MaxContentLength - 1));
        Assert.Equal(40, pages.Sum(p => p.Content!.Split("✅").Length - 1));
        Assert.All(pages, p => Assert.DoesNotContain("…", p.Content, StringComparison.Ordinal));
        Assert.All(pages, p => Assert.Contains("\\*end\\*", p.Content, StringComparison.Ordinal));
    }
}
