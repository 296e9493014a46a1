using Microsoft.Extensions.Logging;

namespace StudyBot.Engine.Review;

/// <summary>
/// Spaced repetition: every stored answer anywhere is a review of the member's card for that question (wrong = Again,
/// right = Good), scheduled by FSRS at the member's retention and, with an exam date, never due after the day before the
/// exam. Answers are the source of truth and stay off the click path: <see cref="SyncAsync"/> turns the answers not yet
/// reviewed into reviews, in id order, each once (the review log holds the answer's id) — every few seconds in the
/// background, and for one member before anything shows their cards.
/// </summary>
public sealed class ReviewService(IReviewStore store, IAnswerStore answers, IRoundStore rounds, IQuizStore quizzes, TimeProvider time, ILogger<ReviewService> logger)
{
    /// <summary>How long before the exam the queue turns to the weakest cards.</summary>
    public static readonly TimeSpan FinalStretch = TimeSpan.FromDays(14);

    /// <summary>Answers read per round of a sync.</summary>
    public const int SyncBatch = 500;

    private const int Attempts = 3;

    private readonly SemaphoreSlim _sync = new(1, 1);

    /// <summary>
    /// Reviews the answers not yet reviewed: all of them in order (moving the sync's watermark) when
    /// <paramref name="memberId"/> is null, else only that member's. How many reviews it stored.
    /// </summary>
    public async Task<int> SyncAsync(long? memberId, CancellationToken cancellationToken)
    {
        await _sync.WaitAsync(cancellationToken);
        try
        {
            var stored = 0;
            var watermark = await store.GetSyncWatermarkAsync(cancellationToken);
            var after = watermark;
            while (true)
            {
                var batch = await answers.ListAnswersAfterAsync(after, memberId, SyncBatch, cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }

                var sources = new Dictionary<long, ReviewSource>();
                var settings = new Dictionary<long, ReviewSettings>();
                foreach (var answer in batch)
                {
                    if (!settings.TryGetValue(answer.MemberId, out var memberSettings))
                    {
                        settings[answer.MemberId] = memberSettings = await store.GetSettingsAsync(answer.MemberId, cancellationToken);
                    }

                    stored += await ApplyAsync(answer, memberSettings, await SourceAsync(answer, sources, cancellationToken), cancellationToken) ? 1 : 0;
                }

                after = batch[^1].Id;
                if (memberId is null)
                {
                    if (!await store.TryAdvanceSyncWatermarkAsync(watermark, after, cancellationToken))
                    {
                        break;
                    }

                    watermark = after;
                }

                if (batch.Count < SyncBatch)
                {
                    break;
                }
            }

            return stored;
        }
        finally
        {
            _sync.Release();
        }
    }

    /// <summary>Reviews the member's card for a question at <paramref name="at"/>, creating it on the first review. False when it was not stored.</summary>
    public async Task<bool> RateAsync(long memberId, string questionId, ReviewRating rating, ReviewSource source, DateTimeOffset at, long? answerId, CancellationToken cancellationToken) =>
        await RateAsync(await store.GetSettingsAsync(memberId, cancellationToken), questionId, rating, source, at, answerId, cancellationToken);

    private async Task<bool> RateAsync(ReviewSettings settings, string questionId, ReviewRating rating, ReviewSource source, DateTimeOffset at, long? answerId, CancellationToken cancellationToken)
    {
        var memberId = settings.MemberId;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var existing = await store.FindCardAsync(memberId, questionId, cancellationToken);
            var before = existing?.Memory ?? ReviewCard.New(at);
            if (before.LastReview is { } last && last > at)
            {
                // The card was reviewed later already (an imported deck): this older answer no longer moves it.
                return false;
            }

            var after = new FsrsScheduler(settings.Retention).Next(before, at, rating, LatestDue(settings, at));
            var elapsed = before.LastReview is { } previous ? FsrsScheduler.ElapsedDays(previous, at) : 0;
            var review = new ReviewEvent(memberId, questionId, at, rating, elapsed, source, answerId);
            if (await store.TrySaveReviewAsync(new DeckCard(memberId, questionId, after), before.Reps, review, cancellationToken))
            {
                return true;
            }

            // Another review of the card came first, or this answer was reviewed by another sync.
            if (answerId is { } id && await store.HasAnswerReviewAsync(id, cancellationToken))
            {
                return false;
            }
        }

        logger.LogWarning("A review of {QuestionId} by member {MemberId} lost to others {Attempts} times; it is tried again by the next sync", questionId, memberId, Attempts);
        return false;
    }

    /// <summary>
    /// Changes how the member's right answer felt (Hard, Good or Easy): the rating of that answer's review is rewritten and
    /// the card recomputed from its whole review log, so the schedule is what that history gives. The answer is reviewed
    /// first if the sync has not reached it. A repeated rating changes nothing; a wrong answer (Again) is never rerated.
    /// </summary>
    public async Task<RerateOutcome> RerateAsync(long memberId, long answerId, ReviewRating rating, CancellationToken cancellationToken)
    {
        if (rating is not (ReviewRating.Hard or ReviewRating.Good or ReviewRating.Easy))
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "A right answer is rated Hard, Good or Easy.");
        }

        await SyncAsync(memberId, cancellationToken);

        // Inside the sync's lock, so a sync never stores a card computed from the log as it was before the rewrite.
        await _sync.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 0; attempt < Attempts; attempt++)
            {
                var review = await store.FindAnswerReviewAsync(answerId, cancellationToken);
                if (review is null || review.MemberId != memberId || review.Rating == ReviewRating.Again)
                {
                    return RerateOutcome.NotReviewed;
                }

                if (review.Rating == rating)
                {
                    return RerateOutcome.Unchanged;
                }

                var card = await store.FindCardAsync(memberId, review.QuestionId, cancellationToken);
                var log = await store.ListCardReviewsAsync(memberId, review.QuestionId, cancellationToken);
                if (card is null || log.Count == 0)
                {
                    return RerateOutcome.NotReviewed;
                }

                var rewritten = log.Select(r => r.AnswerId == answerId ? r with { Rating = rating } : r).ToList();
                var settings = await store.GetSettingsAsync(memberId, cancellationToken);
                var memory = new FsrsScheduler(settings.Retention).Replay(rewritten, LatestDue(settings, rewritten[^1].At));
                if (await store.TryRerateAsync(card, card with { Memory = memory }, answerId, review.Rating, rating, cancellationToken))
                {
                    return RerateOutcome.Changed;
                }
            }

            logger.LogWarning("Rating answer {AnswerId} of member {MemberId} lost to other writes {Attempts} times", answerId, memberId, Attempts);
            return RerateOutcome.Busy;
        }
        finally
        {
            _sync.Release();
        }
    }

    /// <summary>
    /// The last moment a card may be due: the end of the day before the member's exam (in their zone, else UTC), while
    /// that day is still ahead; null without an exam date or after it.
    /// </summary>
    public DateTimeOffset? LatestDue(ReviewSettings settings) => LatestDue(settings, time.GetUtcNow());

    /// <summary>Whether the exam is close enough that the weakest cards come first.</summary>
    public bool InFinalStretch(ReviewSettings settings) =>
        LatestDue(settings) is { } cap && cap - time.GetUtcNow() <= FinalStretch;

    internal static DateTimeOffset? LatestDue(ReviewSettings settings, DateTimeOffset now)
    {
        if (settings.ExamDate is not { } exam)
        {
            return null;
        }

        // The first moment of the exam day, less a second: the last moment of the day before.
        var cap = LocalTime.ToInstant(exam, 0, settings.TimeZone).AddSeconds(-1);
        return cap >= now ? cap : null;
    }

    private async Task<bool> ApplyAsync(Answer answer, ReviewSettings settings, ReviewSource source, CancellationToken cancellationToken)
    {
        try
        {
            return await RateAsync(settings, answer.QuestionId, answer.Correct ? ReviewRating.Good : ReviewRating.Again, source, answer.AnsweredAt, answer.Id, cancellationToken);
        }
        catch (ArgumentException ex)
        {
            logger.LogDebug(ex, "Answer {AnswerId} is not a review the card can take", answer.Id);
            return false;
        }
    }

    /// <summary>Where an answer was given: the daily question, a practice quiz or a review session (quizzes read once per batch).</summary>
    private async Task<ReviewSource> SourceAsync(Answer answer, Dictionary<long, ReviewSource> quizSources, CancellationToken cancellationToken)
    {
        if (answer.Kind != RoundKind.Quiz)
        {
            return ReviewSource.Daily;
        }

        if (quizSources.TryGetValue(answer.RoundId, out var known))
        {
            return known;
        }

        var round = await rounds.FindRoundAsync(answer.RoundId, cancellationToken);
        var quiz = round?.QuizId is { } quizId ? await quizzes.FindQuizAsync(quizId, cancellationToken) : null;
        return quizSources[answer.RoundId] = quiz?.Purpose == QuizPurpose.Review ? ReviewSource.Review : ReviewSource.Quiz;
    }
}
