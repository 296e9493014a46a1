namespace StudyBot.Tests.Shared.Fakes;

/// <summary>Review decks in memory. The engine's review types are immutable records, so what it hands out cannot change what is stored.</summary>
public sealed partial class FakeReviewStore : IReviewStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(long, string), DeckCard> _cards = [];
    private readonly List<ReviewEvent> _reviews = [];
    private readonly Dictionary<long, ReviewSettings> _settings = [];
    private long _watermark;

    public IReadOnlyList<ReviewEvent> Reviews
    {
        get
        {
            lock (_gate)
            {
                return [.. _reviews];
            }
        }
    }

    public Task<DeckCard?> FindCardAsync(long memberId, string questionId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_cards.GetValueOrDefault((memberId, questionId)));
        }
    }

    public Task<bool> TrySaveReviewAsync(DeckCard card, int expectedReps, ReviewEvent review, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var stored = _cards.GetValueOrDefault((card.MemberId, card.QuestionId));
            if ((stored?.Memory.Reps ?? 0) != expectedReps || (review.AnswerId is { } answer && _reviews.Any(r => r.AnswerId == answer)))
            {
                return Task.FromResult(false);
            }

            _cards[(card.MemberId, card.QuestionId)] = card;
            _reviews.Add(review);
            return Task.FromResult(true);
        }
    }

    public Task<ReviewEvent?> FindAnswerReviewAsync(long answerId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_reviews.FirstOrDefault(r => r.AnswerId == answerId));
        }
    }

    public Task<IReadOnlyList<ReviewEvent>> ListCardReviewsAsync(long memberId, string questionId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<ReviewEvent> log = [.. _reviews.Where(r => r.MemberId == memberId && r.QuestionId == questionId).OrderBy(r => r.At)];
            return Task.FromResult(log);
        }
    }

    public Task<bool> TryRerateAsync(DeckCard before, DeckCard after, long answerId, ReviewRating from, ReviewRating to, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var index = _reviews.FindIndex(r => r.AnswerId == answerId && r.MemberId == before.MemberId && r.Rating == from);
            var stored = _cards.GetValueOrDefault((before.MemberId, before.QuestionId))?.Memory;
            if (index < 0 || stored is null || stored.Reps != before.Memory.Reps || stored.Stability != before.Memory.Stability || stored.Difficulty != before.Memory.Difficulty)
            {
                return Task.FromResult(false);
            }

            _reviews[index] = _reviews[index] with { Rating = to };
            _cards[(before.MemberId, before.QuestionId)] = after;
            return Task.FromResult(true);
        }
    }

    public Task<bool> TryImportCardAsync(DeckCard card, IReadOnlyList<ReviewEvent> reviews, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_cards.TryAdd((card.MemberId, card.QuestionId), card))
            {
                return Task.FromResult(false);
            }

            _reviews.AddRange(reviews);
            return Task.FromResult(true);
        }
    }

    public Task<bool> HasAnswerReviewAsync(long answerId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_reviews.Any(r => r.AnswerId == answerId));
        }
    }

    public Task<long> GetSyncWatermarkAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_watermark);
        }
    }

    public Task<bool> TryAdvanceSyncWatermarkAsync(long from, long to, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_watermark != from)
            {
                return Task.FromResult(false);
            }

            _watermark = to;
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<DeckCard>> ListDueCardsAsync(long memberId, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<DeckCard> due = [.. _cards.Values.Where(c => c.MemberId == memberId && c.Memory.Due <= now)
                .OrderBy(c => c.Memory.Due).ThenBy(c => c.QuestionId, StringComparer.Ordinal).Take(limit)];
            return Task.FromResult(due);
        }
    }

    public Task<DueCount> CountDueAsync(long memberId, DateTimeOffset now, DateTimeOffset overdueBefore, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var due = _cards.Values.Where(c => c.MemberId == memberId && c.Memory.Due <= now).ToList();
            return Task.FromResult(new DueCount(due.Count, due.Count(c => c.Memory.Due < overdueBefore)));
        }
    }

    public Task<DateTimeOffset?> NextDueAsync(long memberId, DateTimeOffset after, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var next = _cards.Values.Where(c => c.MemberId == memberId && c.Memory.Due > after).Select(c => (DateTimeOffset?)c.Memory.Due).Min();
            return Task.FromResult(next);
        }
    }

    public Task<int> CountReviewsAsync(IReadOnlyCollection<long> memberIds, DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_reviews.Count(r => memberIds.Contains(r.MemberId) && r.At >= since));
        }
    }

    public Task<IReadOnlyList<DeckCard>> ListCardsAsync(long memberId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<DeckCard> cards = [.. _cards.Values.Where(c => c.MemberId == memberId).OrderBy(c => c.QuestionId, StringComparer.Ordinal)];
            return Task.FromResult(cards);
        }
    }

    public Task<IReadOnlyList<(DeckCard Card, IReadOnlyList<ReviewEvent> Reviews)>> ListDeckAsync(long memberId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<(DeckCard, IReadOnlyList<ReviewEvent>)> deck = [.. _cards.Values.Where(c => c.MemberId == memberId)
                .OrderBy(c => c.QuestionId, StringComparer.Ordinal)
                .Select(c => (c, (IReadOnlyList<ReviewEvent>)[.. _reviews.Where(r => r.MemberId == memberId && r.QuestionId == c.QuestionId).OrderBy(r => r.At)]))];
            return Task.FromResult(deck);
        }
    }

    public Task<ReviewSettings> GetSettingsAsync(long memberId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_settings.GetValueOrDefault(memberId) ?? ReviewSettings.Default(memberId));
        }
    }

    public Task SaveSettingsAsync(ReviewSettings settings, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // As the database does: saving settings does not move the reminder's claim.
            var claimed = _settings.GetValueOrDefault(settings.MemberId)?.LastRemindedOn;
            _settings[settings.MemberId] = settings with { LastRemindedOn = claimed };
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<ReviewSettings>> ListRemindersAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<ReviewSettings> reminders = [.. _settings.Values.Where(s => s.RemindAt is not null).OrderBy(s => s.MemberId)];
            return Task.FromResult(reminders);
        }
    }

    public Task<bool> TryClaimReminderAsync(long memberId, DateOnly day, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_settings.GetValueOrDefault(memberId) is not { } settings || settings.LastRemindedOn >= day)
            {
                return Task.FromResult(false);
            }

            _settings[memberId] = settings with { LastRemindedOn = day };
            return Task.FromResult(true);
        }
    }
}
