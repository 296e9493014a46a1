using Microsoft.Extensions.Logging;

namespace StudyBot.Engine.Review;

/// <summary>
/// Spaced repetition: every answer anywhere is a review of the member's card for that question (wrong = Again, right =
/// Good), scheduled by FSRS at the member's retention and, with an exam date, never due after the day before the exam.
/// </summary>
public sealed class ReviewService(IReviewStore store, TimeProvider time, ILogger<ReviewService> logger)
{
    /// <summary>How long before the exam the queue turns to the weakest cards.</summary>
    public static readonly TimeSpan FinalStretch = TimeSpan.FromDays(14);

    /// <summary>Records an answer as a review: wrong is Again, right is Good. False when another review of the card came first.</summary>
    public Task<bool> RecordAnswerAsync(long memberId, string questionId, bool correct, ReviewSource source, CancellationToken cancellationToken) =>
        RateAsync(memberId, questionId, correct ? ReviewRating.Good : ReviewRating.Again, source, cancellationToken);

    /// <summary>Reviews the member's card for a question at the current time, creating it on the first review.</summary>
    public async Task<bool> RateAsync(long memberId, string questionId, ReviewRating rating, ReviewSource source, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var settings = await store.GetSettingsAsync(memberId, cancellationToken);
        var existing = await store.FindCardAsync(memberId, questionId, cancellationToken);
        var before = existing?.Memory ?? ReviewCard.New(now);
        if (before.LastReview is { } last && last > now)
        {
            return false;
        }

        var scheduler = new FsrsScheduler(settings.Retention);
        var after = scheduler.Next(before, now, rating, LatestDue(settings));
        var elapsed = before.LastReview is { } previous ? FsrsScheduler.ElapsedDays(previous, now) : 0;
        var saved = await store.TrySaveReviewAsync(
            new DeckCard(memberId, questionId, after), before.Reps, new ReviewEvent(memberId, questionId, now, rating, elapsed, source), cancellationToken);
        if (!saved)
        {
            logger.LogDebug("A review of {QuestionId} by member {MemberId} lost to another one", questionId, memberId);
        }

        return saved;
    }

    /// <summary>
    /// The last moment a card may be due: the end of the day before the member's exam (in their zone, else UTC), while
    /// that day is still ahead; null without an exam date or after it.
    /// </summary>
    public DateTimeOffset? LatestDue(ReviewSettings settings)
    {
        if (settings.ExamDate is not { } exam)
        {
            return null;
        }

        // The first moment of the exam day, less a second: the last moment of the day before.
        var cap = LocalTime.ToInstant(exam, 0, settings.TimeZone).AddSeconds(-1);
        return cap >= time.GetUtcNow() ? cap : null;
    }

    /// <summary>Whether the exam is close enough that the weakest cards come first.</summary>
    public bool InFinalStretch(ReviewSettings settings) =>
        LatestDue(settings) is { } cap && cap - time.GetUtcNow() <= FinalStretch;
}
