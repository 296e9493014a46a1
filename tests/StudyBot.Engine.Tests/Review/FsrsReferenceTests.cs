using System.Globalization;
using System.Text.Json;

namespace StudyBot.Engine.Tests.Review;

/// <summary>
/// The scheduler against ts-fsrs 5.4.2: 240 recorded review histories (Reference/generate.mjs, seeded), replayed step by
/// step; stability and difficulty within 1e-4 and the interval, due time, state, reps and lapses exactly, at every step.
/// </summary>
public sealed class FsrsReferenceTests
{
    private static readonly Lazy<ReferenceFile> Reference = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Review", "Reference", "fsrs-reference.json");
        return JsonSerializer.Deserialize<ReferenceFile>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("The reference file is empty.");
    });

    [Fact]
    public void Reference_HasEnoughHistories_WithEveryRatingAndLapses()
    {
        var steps = Reference.Value.Histories.SelectMany(h => h.Steps).ToList();

        Assert.True(Reference.Value.Histories.Count >= 200, $"{Reference.Value.Histories.Count} histories");
        Assert.Equal([1, 2, 3, 4], steps.Select(s => s.Rating).Distinct().Order());
        Assert.Contains(steps, s => s.Lapses > 0);
        Assert.Contains(Reference.Value.Histories, h => h.Retention != 0.9);
    }

    [Fact]
    public void Next_EveryStepOfEveryHistory_MatchesTheReference()
    {
        var mismatches = new List<string>();
        for (var h = 0; h < Reference.Value.Histories.Count; h++)
        {
            var history = Reference.Value.Histories[h];
            var sut = new FsrsScheduler(history.Retention);
            var card = ReviewCard.New(Instant(history.Steps[0].At));
            for (var s = 0; s < history.Steps.Count && mismatches.Count < 10; s++)
            {
                var step = history.Steps[s];
                var at = Instant(step.At);
                if (card.LastReview is { } last)
                {
                    Assert.Equal(step.ElapsedDays, FsrsScheduler.ElapsedDays(last, at));
                }

                card = sut.Next(card, at, (ReviewRating)step.Rating);
                var where = $"history {h} step {s} (rating {step.Rating}, {step.ElapsedDays} d)";
                if (Math.Abs(card.Stability - step.Stability) > 1e-4)
                {
                    mismatches.Add($"{where}: stability {card.Stability} vs {step.Stability}");
                }

                if (Math.Abs(card.Difficulty - step.Difficulty) > 1e-4)
                {
                    mismatches.Add($"{where}: difficulty {card.Difficulty} vs {step.Difficulty}");
                }

                if (card.ScheduledDays != step.ScheduledDays || card.Due != Instant(step.Due))
                {
                    mismatches.Add($"{where}: {card.ScheduledDays} d due {card.Due:O} vs {step.ScheduledDays} d due {step.Due}");
                }

                if ((int)card.State != step.State || card.Reps != step.Reps || card.Lapses != step.Lapses)
                {
                    mismatches.Add($"{where}: state/reps/lapses {(int)card.State}/{card.Reps}/{card.Lapses} vs {step.State}/{step.Reps}/{step.Lapses}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private static DateTimeOffset Instant(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private sealed record ReferenceFile(string Generator, IReadOnlyList<History> Histories);

    private sealed record History(double Retention, IReadOnlyList<Step> Steps);

    private sealed record Step(string At, int Rating, int ElapsedDays, double Stability, double Difficulty, int ScheduledDays, string Due, int State, int Reps, int Lapses);
}
