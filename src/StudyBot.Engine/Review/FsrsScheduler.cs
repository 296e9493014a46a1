namespace StudyBot.Engine.Review;

/// <summary>
/// The FSRS-6 scheduler with its 21 default parameters, in whole days: no fuzz and no short-term (same-day) learning
/// steps, so a card's schedule depends only on its history. It has no clock: every call is given the review time. Its
/// results match ts-fsrs 5.x with <c>enable_fuzz: false, enable_short_term: false</c> (tested against recorded histories),
/// including that library's rounding of intermediate values to 8 decimals.
/// </summary>
public sealed class FsrsScheduler
{
    /// <summary>FSRS-6's default parameters w0…w20 (w20 is the forgetting curve's decay).</summary>
    public static readonly IReadOnlyList<double> DefaultParameters =
    [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ];

    public const double DefaultRetention = 0.90;
    public const double MinimumRetention = 0.80;
    public const double MaximumRetention = 0.97;
    public const int DefaultMaximumInterval = 36_500;

    private const double MinimumStability = 0.001;
    private const double MaximumStability = 36_500;

    private readonly double[] w;
    private readonly double decay;
    private readonly double factor;
    private readonly double intervalModifier;
    private readonly int maximumInterval;

    public FsrsScheduler(double desiredRetention = DefaultRetention, int maximumInterval = DefaultMaximumInterval)
    {
        if (!(desiredRetention > 0 && desiredRetention <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(desiredRetention), desiredRetention, "The desired retention is above 0 and at most 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maximumInterval, 1);
        w = [.. DefaultParameters];
        decay = -w[20];
        factor = Round(Math.Exp(Math.Log(0.9) / decay) - 1);
        intervalModifier = Round((Math.Pow(desiredRetention, 1 / decay) - 1) / factor);
        this.maximumInterval = maximumInterval;
        DesiredRetention = desiredRetention;
    }

    public double DesiredRetention { get; }

    /// <summary>The probability of recalling a card <paramref name="elapsedDays"/> after its last review.</summary>
    public double Retrievability(double stability, double elapsedDays) =>
        stability <= 0 ? 0 : Round(Math.Pow(1 + (factor * elapsedDays / stability), decay));

    /// <summary>The probability of recalling the card at <paramref name="at"/> (1 for a card never reviewed is not meaningful: 0).</summary>
    public double Retrievability(ReviewCard card, DateTimeOffset at) =>
        card.State == ReviewCardState.New || card.LastReview is not { } last ? 0 : Retrievability(card.Stability, Math.Max(0, ElapsedDays(last, at)));

    /// <summary>
    /// The card after a review at <paramref name="reviewedAt"/> rated <paramref name="rating"/>. With
    /// <paramref name="dueNoLaterThan"/> (the end of the day before an exam), an interval that would pass it is cut to the
    /// whole days that land by it, or to the cap itself when less than a day is left; stability and difficulty are not
    /// changed by the cut.
    /// </summary>
    public ReviewCard Next(ReviewCard card, DateTimeOffset reviewedAt, ReviewRating rating, DateTimeOffset? dueNoLaterThan = null)
    {
        if (rating is < ReviewRating.Again or > ReviewRating.Easy)
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "A review is rated Again, Hard, Good or Easy.");
        }

        var isNew = card.State == ReviewCardState.New;
        var elapsed = !isNew && card.LastReview is { } last ? ElapsedDays(last, reviewedAt) : 0;
        if (elapsed < 0)
        {
            throw new ArgumentException("A review cannot come before the card's last review.", nameof(reviewedAt));
        }

        // Every grade's outcome is worked out: the intervals are kept in order (again ≤ hard < good < easy).
        Span<(double Stability, double Difficulty)> states = stackalloc (double, double)[4];
        var recall = isNew ? 0 : Retrievability(card.Stability, elapsed);
        for (var g = 1; g <= 4; g++)
        {
            states[g - 1] = isNew ? (InitialStability(g), Math.Clamp(InitialDifficulty(g), 1, 10)) : NextState(card.Stability, card.Difficulty, recall, g);
        }

        var again = Interval(states[0].Stability);
        var hard = Interval(states[1].Stability);
        var good = Interval(states[2].Stability);
        var easy = Interval(states[3].Stability);
        again = Math.Min(again, hard);
        hard = Math.Max(hard, again + 1);
        good = Math.Max(good, hard + 1);
        easy = Math.Max(easy, good + 1);
        var days = rating switch
        {
            ReviewRating.Again => again,
            ReviewRating.Hard => hard,
            ReviewRating.Good => good,
            _ => easy,
        };

        var due = reviewedAt.AddDays(days);
        if (dueNoLaterThan is { } cap && due > cap && cap >= reviewedAt)
        {
            // Whole days that still land by the cap; on its last day, the cap itself (due again before the exam).
            days = (int)Math.Floor((cap - reviewedAt).TotalDays);
            due = days >= 1 ? reviewedAt.AddDays(days) : cap;
        }

        var next = states[(int)rating - 1];
        return new ReviewCard(
            ReviewCardState.Review,
            next.Stability,
            next.Difficulty,
            due,
            reviewedAt,
            days,
            card.Reps + 1,
            card.Lapses + (!isNew && rating == ReviewRating.Again ? 1 : 0));
    }

    /// <summary>
    /// The card a review log gives, replayed from a new card (the log in time order). The schedule depends only on the
    /// history, so this is the card those reviews produce; <paramref name="dueNoLaterThan"/> caps each step as in
    /// <see cref="Next"/> (only the last step's due remains).
    /// </summary>
    public ReviewCard Replay(IReadOnlyList<ReviewEvent> log, DateTimeOffset? dueNoLaterThan = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(log.Count);
        var card = ReviewCard.New(log[0].At);
        foreach (var review in log)
        {
            card = Next(card, review.At, review.Rating, dueNoLaterThan);
        }

        return card;
    }

    /// <summary>Whole calendar days between two instants, counted on UTC dates (as the reference does).</summary>
    public static int ElapsedDays(DateTimeOffset from, DateTimeOffset to) =>
        DateOnly.FromDateTime(to.UtcDateTime).DayNumber - DateOnly.FromDateTime(from.UtcDateTime).DayNumber;

    private (double Stability, double Difficulty) NextState(double s, double d, double r, int g)
    {
        double stability;
        if (g == 1)
        {
            // Forgetting: never more stable than before the lapse.
            var afterFail = Round(Math.Clamp(w[11] * Math.Pow(d, -w[12]) * (Math.Pow(s + 1, w[13]) - 1) * Math.Exp((1 - r) * w[14]), MinimumStability, MaximumStability));
            stability = Math.Min(Math.Max(Round(s), MinimumStability), afterFail);
        }
        else
        {
            var hardPenalty = g == 2 ? w[15] : 1;
            var easyBonus = g == 4 ? w[16] : 1;
            stability = Round(Math.Clamp(
                s * (1 + (Math.Exp(w[8]) * (11 - d) * Math.Pow(s, -w[9]) * (Math.Exp((1 - r) * w[10]) - 1) * hardPenalty * easyBonus)),
                MinimumStability,
                MaximumStability));
        }

        var delta = -w[6] * (g - 3);
        var damped = d + Round(delta * (10 - d) / 9);
        var difficulty = Math.Clamp(Round((w[7] * InitialDifficulty(4)) + ((1 - w[7]) * damped)), 1, 10);
        return (stability, difficulty);
    }

    private double InitialStability(int g) => Math.Max(w[g - 1], 0.1);

    private double InitialDifficulty(int g) => Round(w[4] - Math.Exp((g - 1) * w[5]) + 1);

    private int Interval(double stability) => (int)Math.Min(Math.Max(1, Math.Floor((stability * intervalModifier) + 0.5)), maximumInterval);

    /// <summary>Rounds to 8 decimals, half up, as JavaScript's <c>Math.round(x * 1e8) / 1e8</c> does.</summary>
    private static double Round(double value) => Math.Floor((value * 1e8) + 0.5) / 1e8;
}
