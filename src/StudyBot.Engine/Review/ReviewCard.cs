namespace StudyBot.Engine.Review;

/// <summary>
/// One member's memory of one question, as FSRS keeps it: stability (days until recall falls to 90 %), difficulty (1–10),
/// when it is due next, and its counts. Immutable: <see cref="FsrsScheduler.Next"/> returns the card after a review.
/// </summary>
public sealed record ReviewCard(
    ReviewCardState State,
    double Stability,
    double Difficulty,
    DateTimeOffset Due,
    DateTimeOffset? LastReview,
    int ScheduledDays,
    int Reps,
    int Lapses)
{
    /// <summary>A card never reviewed, due at once.</summary>
    public static ReviewCard New(DateTimeOffset now) => new(ReviewCardState.New, 0, 0, now, null, 0, 0, 0);

    public bool IsDue(DateTimeOffset now) => Due <= now;
}
