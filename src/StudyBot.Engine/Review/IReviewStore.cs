namespace StudyBot.Engine.Review;

/// <summary>Review decks: one card per member and question, every review kept, and each member's review settings.</summary>
public interface IReviewStore
{
    Task<DeckCard?> FindCardAsync(long memberId, string questionId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the card after a review and the review itself, if the card is still as it was read: none stored yet when
    /// <paramref name="expectedReps"/> is 0, otherwise with that many reps. False when another review came first (nothing
    /// written then), so two clicks on one review grade it once.
    /// </summary>
    Task<bool> TrySaveReviewAsync(DeckCard card, int expectedReps, ReviewEvent review, CancellationToken cancellationToken);

    /// <summary>Adds a card with its reviews (an import) unless the member has that card already; false then, nothing written.</summary>
    Task<bool> TryImportCardAsync(DeckCard card, IReadOnlyList<ReviewEvent> reviews, CancellationToken cancellationToken);

    /// <summary>Whether the answer has been reviewed already (its review is in the log).</summary>
    Task<bool> HasAnswerReviewAsync(long answerId, CancellationToken cancellationToken);

    /// <summary>The review an answer made (null when it has none yet).</summary>
    Task<ReviewEvent?> FindAnswerReviewAsync(long answerId, CancellationToken cancellationToken);

    /// <summary>The reviews of one card, in time order (ties in the order they were stored).</summary>
    Task<IReadOnlyList<ReviewEvent>> ListCardReviewsAsync(long memberId, string questionId, CancellationToken cancellationToken);

    /// <summary>
    /// Changes the rating of the answer's review from <paramref name="from"/> to <paramref name="to"/> and stores the card
    /// recomputed from the rewritten log, together, if the review still has <paramref name="from"/> and the card is still
    /// <paramref name="before"/> (same reps, stability and difficulty); false otherwise, and nothing is written.
    /// </summary>
    Task<bool> TryRerateAsync(DeckCard before, DeckCard after, long answerId, ReviewRating from, ReviewRating to, CancellationToken cancellationToken);

    /// <summary>The id of the last answer the review sync went through in order (0 before the first).</summary>
    Task<long> GetSyncWatermarkAsync(CancellationToken cancellationToken);

    /// <summary>Moves the sync's watermark from <paramref name="from"/> to <paramref name="to"/>; false when another sync moved it first.</summary>
    Task<bool> TryAdvanceSyncWatermarkAsync(long from, long to, CancellationToken cancellationToken);

    /// <summary>The member's cards due at <paramref name="now"/>, the longest overdue first.</summary>
    Task<IReadOnlyList<DeckCard>> ListDueCardsAsync(long memberId, DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>How many of the member's cards are due at <paramref name="now"/>, and how many of those were due before <paramref name="overdueBefore"/>.</summary>
    Task<DueCount> CountDueAsync(long memberId, DateTimeOffset now, DateTimeOffset overdueBefore, CancellationToken cancellationToken);

    /// <summary>When the member's next card falls due after <paramref name="after"/>; null when none does.</summary>
    Task<DateTimeOffset?> NextDueAsync(long memberId, DateTimeOffset after, CancellationToken cancellationToken);

    /// <summary>How many reviews the given members made since a time (the weekly digest).</summary>
    Task<int> CountReviewsAsync(IReadOnlyCollection<long> memberIds, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The member's cards without their reviews (stats and readiness).</summary>
    Task<IReadOnlyList<DeckCard>> ListCardsAsync(long memberId, CancellationToken cancellationToken);

    /// <summary>The member's whole deck, with each card's reviews in order (export).</summary>
    Task<IReadOnlyList<(DeckCard Card, IReadOnlyList<ReviewEvent> Reviews)>> ListDeckAsync(long memberId, CancellationToken cancellationToken);

    /// <summary>The member's review settings (the defaults when none were saved).</summary>
    Task<ReviewSettings> GetSettingsAsync(long memberId, CancellationToken cancellationToken);

    Task SaveSettingsAsync(ReviewSettings settings, CancellationToken cancellationToken);

    /// <summary>Every member's settings with a reminder time (the reminder job reads them each minute).</summary>
    Task<IReadOnlyList<ReviewSettings>> ListRemindersAsync(CancellationToken cancellationToken);

    /// <summary>Marks the member reminded on <paramref name="day"/> unless they were already that day; false then, so two hosts or a re-fired job remind once.</summary>
    Task<bool> TryClaimReminderAsync(long memberId, DateOnly day, CancellationToken cancellationToken);
}

/// <summary>A member's card for one question.</summary>
public sealed record DeckCard(long MemberId, string QuestionId, ReviewCard Memory);

/// <summary>
/// One review: when, how it went, and how many days after the one before (so a schedule can be recomputed); the answer it
/// came from, which is reviewed once (null for an imported review).
/// </summary>
public sealed record ReviewEvent(long MemberId, string QuestionId, DateTimeOffset At, ReviewRating Rating, int ElapsedDays, ReviewSource Source, long? AnswerId = null);

/// <summary>Where the answer that reviewed a card was given.</summary>
public enum ReviewSource
{
    Daily = 0,
    Quiz = 1,
    Review = 2,
    Mock = 3,
    Import = 4,
}

public readonly record struct DueCount(int Due, int Overdue);

/// <summary>
/// A member's review settings: the retention FSRS aims for, an exam date (no card is due after the day before it), and an
/// opt-in daily reminder at a local time.
/// </summary>
public sealed record ReviewSettings(long MemberId, double Retention, DateOnly? ExamDate, string? ExamCode, TimeOnly? RemindAt, string? TimeZone, DateOnly? LastRemindedOn = null)
{
    public static ReviewSettings Default(long memberId) => new(memberId, FsrsScheduler.DefaultRetention, null, null, null, null);
}
