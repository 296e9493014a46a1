using System.Globalization;

namespace StudyBot.Engine.Review;

/// <summary>A member's review plan for their stats: what is due, and with an exam date the days left and whether they are on pace.</summary>
public sealed class ReviewPlanService(IReviewStore store, ReviewService reviews, QuestionBank bank, TimeProvider time)
{
    /// <summary>How far below the desired retention the exam-day prediction may fall and still count as on pace.</summary>
    public const double PaceMargin = 0.05;

    public async Task<ReviewPlan?> GetAsync(long memberId, string zone, CancellationToken cancellationToken)
    {
        await reviews.SyncAsync(memberId, cancellationToken);
        var settings = await store.GetSettingsAsync(memberId, cancellationToken);
        var cards = await store.ListCardsAsync(memberId, cancellationToken);
        if (cards.Count == 0 && settings.ExamDate is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        zone = settings.TimeZone ?? zone;
        var today = LocalTime.DayStart(now, zone);
        var due = cards.Count(c => c.Memory.Due <= now);
        var overdue = cards.Count(c => c.Memory.Due < today);
        if (settings.ExamDate is not { } exam || reviews.LatestDue(settings) is null)
        {
            return new ReviewPlan(cards.Count, due, overdue, null, null, null, null, null);
        }

        // Recall on the exam day of the cards that count for the exam (all cards when no exam is named).
        var examDay = LocalTime.ToInstant(exam, 9 * 60, zone);
        var scheduler = new FsrsScheduler(settings.Retention);
        var counted = cards.Where(c => settings.ExamCode is null || bank.Find(c.QuestionId)?.IsTaggedFor(settings.ExamCode) == true)
            .Select(c => scheduler.Retrievability(c.Memory, examDay))
            .ToList();
        double? predicted = counted.Count == 0 ? null : counted.Average();
        var onPace = overdue == 0 && predicted is { } p && p >= settings.Retention - PaceMargin;
        return new ReviewPlan(cards.Count, due, overdue, exam, settings.ExamCode, exam.DayNumber - LocalTime.LocalDate(now, zone).DayNumber, predicted, onPace);
    }

    /// <summary>The plan as a line of the stats.</summary>
    public static Text Describe(ReviewPlan plan)
    {
        var parts = new List<object> { $"Review: {plan.Due} due", plan.Overdue > 0 ? $" ({plan.Overdue} overdue)" : string.Empty, $" of {plan.Cards} cards" };
        if (plan.Due > 0)
        {
            parts.Add(" · ");
            parts.Add(CommandRef.Of(CommandNames.Review));
        }

        if (plan.ExamDate is { } exam)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture,
                $". Exam{(plan.ExamCode is null ? string.Empty : " " + plan.ExamCode)} on {exam.ToString("dddd d MMMM", CultureInfo.InvariantCulture)}, in {plan.DaysToExam} day{(plan.DaysToExam == 1 ? string.Empty : "s")}"));
            parts.Add(plan.PredictedRecall is { } recall
                ? string.Create(CultureInfo.InvariantCulture, $": {(plan.OnPace == true ? "on pace" : "behind")}, about {recall * 100:0} % of its cards recalled on the day{(plan.Overdue > 0 ? " once the overdue ones are done" : string.Empty)}.")
                : ": no cards for it yet.");
        }
        else
        {
            parts.Add(".");
        }

        return Text.Of([.. parts]);
    }
}

/// <summary>What <see cref="ReviewPlanService"/> found: counts, and with an exam date the days left, predicted recall and pace.</summary>
public sealed record ReviewPlan(int Cards, int Due, int Overdue, DateOnly? ExamDate, string? ExamCode, int? DaysToExam, double? PredictedRecall, bool? OnPace);
