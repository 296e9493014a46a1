namespace StudyBot.Engine.Flags;

/// <summary>
/// A card recomputed from its review log: each review applied in order to a new card, as the review sync applied them, at
/// the member's retention and exam date. Used when a re-grade changes the ratings of some of the reviews.
/// </summary>
internal static class ReviewReplay
{
    public static (ReviewCard? Card, IReadOnlyList<ReviewEvent> Reviews) Run(ReviewSettings settings, IReadOnlyList<ReviewEvent> reviews)
    {
        var scheduler = new FsrsScheduler(settings.Retention);
        ReviewCard? card = null;
        var replayed = new List<ReviewEvent>(reviews.Count);
        foreach (var review in reviews.OrderBy(r => r.At))
        {
            var before = card ?? ReviewCard.New(review.At);
            var elapsed = before.LastReview is { } previous ? FsrsScheduler.ElapsedDays(previous, review.At) : 0;
            card = scheduler.Next(before, review.At, review.Rating, ReviewService.LatestDue(settings, review.At));
            replayed.Add(review with { ElapsedDays = elapsed });
        }

        return (card, replayed);
    }
}
