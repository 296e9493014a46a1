namespace StudyBot.Bench.Review;

/// <summary>One seeded card, in the columns of <c>review_cards</c>.</summary>
internal readonly record struct SeedCard(
    string QuestionId, int State, double Stability, double Difficulty, DateTimeOffset Due, DateTimeOffset LastReview, int ScheduledDays, int Reps, int Lapses);

/// <summary>A member's review settings row (only some members have one; the others use the defaults).</summary>
internal sealed record SeedSettings(double Retention, DateOnly? ExamDate, string? ExamCode, string TimeZone);

/// <summary>
/// The data set, computed per member from the seed (never held in memory whole, so the workload can recompute any member's
/// deck): each member has <c>cards</c> distinct questions of the bank. A member's share of cards due now is 0–8 % (4 % on
/// average, about 20 of 500), overdue by up to 60 days, more of them lately; the others fall due within 400 days, more of
/// them soon. Stability 0.5–300 days (the interval at 90 % retention), difficulty 1–10, reps 1–20, and the last review is
/// the due time less the interval, never in the future.
/// </summary>
internal sealed class Deck
{
    private static readonly string[] Zones = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney", "America/Sao_Paulo"];

    private readonly string[] _questionIds;
    private readonly string[] _activeExams;
    private readonly int _seed;

    public Deck(QuestionBank bank, int members, int cards, int seed, DateTimeOffset now)
    {
        _questionIds = [.. bank.All.Select(q => q.Id)];
        if (cards > _questionIds.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(cards), cards, $"A member has one card per question; the bank has {_questionIds.Length} questions.");
        }

        _activeExams = [.. bank.Exams.Active.Select(e => e.Code)];
        Members = members;
        CardsPerMember = cards;
        Now = now;
        _seed = seed;
    }

    public int Members { get; }

    public int CardsPerMember { get; }

    /// <summary>The instant the due dates are relative to (the start of the run).</summary>
    public DateTimeOffset Now { get; }

    public long TotalCards => (long)Members * CardsPerMember;

    /// <summary>Member ids as the fresh database assigns them: 1…N in insertion order.</summary>
    public static long MemberId(int index) => index + 1;

    public static string ExternalId(int index) => $"bench-review-{index + 1}";

    /// <summary>The member's cards, in key order (question id, ordinal), the same on every call.</summary>
    public SeedCard[] CardsOf(int member)
    {
        var random = new Random(Mix(member, 1));
        var ids = (string[])_questionIds.Clone();
        for (var i = 0; i < CardsPerMember; i++)
        {
            var j = i + random.Next(ids.Length - i);
            (ids[i], ids[j]) = (ids[j], ids[i]);
        }

        var chosen = ids.AsSpan(0, CardsPerMember).ToArray();
        Array.Sort(chosen, StringComparer.Ordinal);
        var dueShare = 0.08 * random.NextDouble();
        var cards = new SeedCard[chosen.Length];
        for (var i = 0; i < chosen.Length; i++)
        {
            cards[i] = random.NextDouble() < dueShare ? DueNow(chosen[i], random) : DueLater(chosen[i], random);
        }

        return cards;
    }

    /// <summary>About a quarter of the members saved settings: a retention, a zone, and one in five of those an exam date 5–60 days ahead.</summary>
    public SeedSettings? SettingsOf(int member)
    {
        var random = new Random(Mix(member, 2));
        if (random.NextDouble() >= 0.25)
        {
            return null;
        }

        var retention = 0.85 + (0.05 * random.Next(3));
        var zone = Zones[random.Next(Zones.Length)];
        if (_activeExams.Length == 0 || random.NextDouble() >= 0.2)
        {
            return new SeedSettings(retention, null, null, zone);
        }

        var exam = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(5 + random.Next(56));
        return new SeedSettings(retention, exam, _activeExams[random.Next(_activeExams.Length)], zone);
    }

    // Deterministic across runs (HashCode is seeded per process).
    private int Mix(int member, int stream) => unchecked((_seed * 1_000_003) + (member * 4) + stream);

    private SeedCard DueNow(string questionId, Random random)
    {
        // Overdue by 0–60 days, most of them only lately (people review most days).
        var overdue = TimeSpan.FromDays(60 * Math.Pow(random.NextDouble(), 2));
        var due = Now - overdue;
        var stability = 0.5 * Math.Pow(600, random.NextDouble());
        var interval = Math.Max(1, (int)Math.Round(stability));
        return Card(questionId, random, stability, due, interval);
    }

    private SeedCard DueLater(string questionId, Random random)
    {
        // Due within 400 days, more of them soon; the interval reaches back to a review in the past.
        var ahead = TimeSpan.FromDays(Math.Max(1.0 / 1440, 400 * Math.Pow(random.NextDouble(), 2)));
        var due = Now + ahead;
        var interval = (int)Math.Ceiling(ahead.TotalDays) + random.Next(1 + (int)(ahead.TotalDays / 2));
        var stability = Math.Clamp(interval * (0.8 + (0.4 * random.NextDouble())), 0.5, 300);
        return Card(questionId, random, stability, due, interval);
    }

    private static SeedCard Card(string questionId, Random random, double stability, DateTimeOffset due, int interval)
    {
        var reps = Math.Clamp((int)(1 + (2 * Math.Log2(1 + stability)) + random.Next(-2, 3)), 1, 20);
        var lapses = random.Next(1 + (reps / 3));
        var difficulty = Math.Round(1 + (9 * random.NextDouble()), 4);
        return new SeedCard(questionId, (int)ReviewCardState.Review, Math.Round(stability, 4), difficulty, due, due.AddDays(-interval), interval, reps, lapses);
    }
}
