using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.Bench.Review;

/// <summary>The measured calls, through the services the container hands out, one call at a time after a warm-up.</summary>
internal sealed class ReviewWorkload
{
    public const double TargetP99 = 20;

    /// <summary>What <c>/review</c> reads to choose the cards (ReviewSessionService's candidate count).</summary>
    private const int Candidates = 200;

    private static readonly Place DirectMessage = new(PlaceKind.Personal, null, null, null, null);

    private readonly IReviewStore _store;
    private readonly IMemberStore _members;
    private readonly ReviewSessionService _sessions;
    private readonly ReviewService _reviews;
    private readonly TimeProvider _time;
    private readonly Deck _deck;
    private readonly ReviewBenchOptions _options;
    private readonly Random _random;
    private readonly HashSet<(int Member, string QuestionId)> _graded = [];

    public ReviewWorkload(IServiceProvider services, Deck deck, ReviewBenchOptions options)
    {
        _store = services.GetRequiredService<IReviewStore>();
        _members = services.GetRequiredService<IMemberStore>();
        _sessions = services.GetRequiredService<ReviewSessionService>();
        _reviews = services.GetRequiredService<ReviewService>();
        _time = services.GetRequiredService<TimeProvider>();
        _deck = deck;
        _options = options;
        _random = new Random(options.Seed + 101);
    }

    /// <summary>The reads that choose the next cards: the due counts and up to 200 due cards, longest overdue first.</summary>
    public async Task<Latencies> NextCardAsync(CancellationToken cancellationToken)
    {
        var result = new Latencies("next card", TargetP99);
        var count = new Latencies("CountDueAsync", TargetP99);
        var list = new Latencies("ListDueCardsAsync", TargetP99);
        long listed = 0;
        var none = 0;
        var largest = 0;
        await RunAsync(async timed =>
        {
            var memberId = Deck.MemberId(_random.Next(_deck.Members));
            var now = _time.GetUtcNow();
            var today = LocalTime.ToInstant(LocalTime.LocalDate(now, "UTC"), 0, "UTC");
            var clock = Stopwatch.StartNew();
            await _store.CountDueAsync(memberId, now, today, cancellationToken);
            var counted = clock.Elapsed.TotalMilliseconds;
            var due = await _store.ListDueCardsAsync(memberId, now, Candidates, cancellationToken);
            var total = clock.Elapsed.TotalMilliseconds;
            if (timed)
            {
                result.Add(total);
                count.Add(counted);
                list.Add(total - counted);
                listed += due.Count;
                none += due.Count == 0 ? 1 : 0;
                largest = Math.Max(largest, due.Count);
            }
        }, cancellationToken);
        result.Note = $"IReviewStore.CountDueAsync + ListDueCardsAsync(member, now, {Candidates}) for random members; " +
            $"p99 {count.Percentile(0.99):0.00} ms count + {list.Percentile(0.99):0.00} ms list; " +
            $"{(result.Count == 0 ? 0 : (double)listed / result.Count):0.0} due cards listed on average (most {largest}), {none} members with none";
        return result;
    }

    /// <summary><c>/review</c> as the member waits for it: settings, counts, the due cards, and the quiz with its first item written.</summary>
    public async Task<Latencies> StartSessionAsync(CancellationToken cancellationToken)
    {
        var result = new Latencies("start review session", TargetP99);
        var started = 0;
        await RunAsync(async timed =>
        {
            var index = _random.Next(_deck.Members);
            var member = await _members.FindMemberAsync(Deck.MemberId(index), cancellationToken)
                ?? throw new InvalidOperationException($"Member {Deck.MemberId(index)} is missing.");
            var context = new ActorContext(new Actor(Platform.Discord, member.ExternalId, member.DisplayName, DirectMessage), member, null, null, false);
            var clock = Stopwatch.StartNew();
            var outcome = await _sessions.StartAsync(context, includeRetired: false, cancellationToken);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (timed)
            {
                result.Add(elapsed);
                started += outcome is QuizStartedResult ? 1 : 0;
            }
        }, cancellationToken);
        result.Note = $"ReviewSessionService.StartAsync in a direct message, random members; {started} of {result.Count} started a session (writes a quiz and its first round), the rest were told nothing is due";
        return result;
    }

    /// <summary>Grading one due card: settings, the card, FSRS, and the versioned update with its log row.</summary>
    public async Task<Latencies> GradeAsync(CancellationToken cancellationToken)
    {
        var result = new Latencies("grade", TargetP99);
        var again = 0;
        var lost = 0;
        await RunAsync(async timed =>
        {
            var (member, questionId) = PickDueCard();
            var rating = _random.NextDouble() < 0.8 ? ReviewRating.Good : ReviewRating.Again;
            var clock = Stopwatch.StartNew();
            var saved = await _reviews.RateAsync(Deck.MemberId(member), questionId, rating, ReviewSource.Review, TimeProvider.System.GetUtcNow(), null, cancellationToken);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            lost += saved ? 0 : 1;
            if (timed)
            {
                result.Add(elapsed);
                again += rating == ReviewRating.Again ? 1 : 0;
            }
        }, cancellationToken);
        if (lost > 0)
        {
            throw new InvalidOperationException($"{lost} grade(s) were not saved.");
        }

        result.Note = $"ReviewService.RateAsync on a due card of a random member, each card once; Good, or Again for {again} of {result.Count}";
        return result;
    }

    private (int Member, string QuestionId) PickDueCard()
    {
        var now = _time.GetUtcNow();
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            var member = _random.Next(_deck.Members);
            var due = _deck.CardsOf(member).Where(c => c.Due <= now && !_graded.Contains((member, c.QuestionId))).ToList();
            if (due.Count > 0)
            {
                var card = due[_random.Next(due.Count)];
                _graded.Add((member, card.QuestionId));
                return (member, card.QuestionId);
            }
        }

        throw new InvalidOperationException("No member has an ungraded due card left; seed more cards or time fewer calls.");
    }

    /// <summary>Warm-up calls (not timed), then timed calls until the iteration count or the time budget is used up.</summary>
    private async Task RunAsync(Func<bool, Task> call, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _options.Warmup; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await call(false);
        }

        var budget = Stopwatch.StartNew();
        for (var i = 0; i < _options.Iterations && budget.Elapsed < _options.Budget; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await call(true);
        }
    }
}
