namespace StudyBot.Tests.Shared.Fakes;

/// <summary>Mock attempts in memory, with the store's rules: one in progress per member, writes only while in progress, the first end stands.</summary>
public sealed class FakeMockStore : IMockStore
{
    private readonly object _gate = new();
    private readonly List<MockAttempt> _attempts = [];
    private readonly List<MockItem> _items = [];
    private long _nextId = 1;

    /// <summary>Copies of every attempt, in the order started.</summary>
    public IReadOnlyList<MockAttempt> Attempts => Locked(() => _attempts.ToList());

    public Task<(MockAttempt Attempt, bool Created)> StartAttemptAsync(MockAttempt attempt, IReadOnlyList<MockItem> items, CancellationToken cancellationToken) => Run(() =>
    {
        if (_attempts.FirstOrDefault(a => a.MemberId == attempt.MemberId && a.IsOpen) is { } open)
        {
            return (open, false);
        }

        var added = attempt with { Id = _nextId++, FinishedAt = null };
        _attempts.Add(added);
        _items.AddRange(items.Select(i => Copy(i with { AttemptId = added.Id })));
        return (added, true);
    });

    public Task<MockAttempt?> FindAttemptAsync(long attemptId, CancellationToken cancellationToken) =>
        Run(() => _attempts.FirstOrDefault(a => a.Id == attemptId));

    public Task<MockAttempt?> FindOpenAttemptAsync(long memberId, CancellationToken cancellationToken) =>
        Run(() => _attempts.FirstOrDefault(a => a.MemberId == memberId && a.IsOpen));

    public Task<IReadOnlyList<MockItem>> ListItemsAsync(long attemptId, CancellationToken cancellationToken) =>
        Run<IReadOnlyList<MockItem>>(() => [.. _items.Where(i => i.AttemptId == attemptId).OrderBy(i => i.Position).Select(Copy)]);

    public Task<bool> SaveAnswerAsync(long attemptId, int position, IReadOnlyList<string> keys, DateTimeOffset at, CancellationToken cancellationToken) =>
        Run(() => UpdateItem(attemptId, position, i => i.Keys.SequenceEqual(keys, StringComparer.Ordinal) ? null : i with { Keys = [.. keys], AnsweredAt = at }));

    public Task<bool> SetFlagAsync(long attemptId, int position, bool flagged, CancellationToken cancellationToken) =>
        Run(() => UpdateItem(attemptId, position, i => i with { Flagged = flagged }));

    public Task<bool> MoveToAsync(long attemptId, int position, CancellationToken cancellationToken) =>
        Run(() => UpdateAttempt(attemptId, a => a.IsOpen ? a with { Position = position } : null));

    public Task<bool> FinishAttemptAsync(long attemptId, MockFinish finish, DateTimeOffset finishedAt, MockScore score, CancellationToken cancellationToken) =>
        Run(() => UpdateAttempt(attemptId, a => a.IsOpen
            ? a with { FinishedAt = finishedAt, Finish = finish, Correct = score.Correct, ScaledScore = score.ScaledScore, Passed = score.Passed }
            : null));

    public Task MarkReviewedAsync(long attemptId, DateTimeOffset at, CancellationToken cancellationToken) =>
        Run(() => UpdateAttempt(attemptId, a => !a.IsOpen && a.ReviewedAt is null ? a with { ReviewedAt = at } : null));

    public Task<IReadOnlyList<MockAttempt>> ListFinishedAsync(IReadOnlyCollection<long> memberIds, DateTimeOffset? since, int limit, CancellationToken cancellationToken) =>
        Run<IReadOnlyList<MockAttempt>>(() => [.. _attempts
            .Where(a => memberIds.Contains(a.MemberId) && a.FinishedAt is { } at && (since is null || at >= since))
            .OrderByDescending(a => a.FinishedAt).ThenByDescending(a => a.Id).Take(limit)]);

    public Task<IReadOnlyList<MockAttempt>> ListPendingAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        Run<IReadOnlyList<MockAttempt>>(() => [.. _attempts
            .Where(a => (a.IsOpen && a.DeadlineAt <= now) || (!a.IsOpen && a.ReviewedAt is null))
            .OrderBy(a => a.Id).Take(limit)]);

    private static MockItem Copy(MockItem item) => item with { Keys = [.. item.Keys] };

    private bool UpdateItem(long attemptId, int position, Func<MockItem, MockItem?> change)
    {
        var index = _items.FindIndex(i => i.AttemptId == attemptId && i.Position == position);
        if (index < 0 || _attempts.FirstOrDefault(a => a.Id == attemptId) is not { IsOpen: true } || change(_items[index]) is not { } changed)
        {
            return false;
        }

        _items[index] = Copy(changed);
        return true;
    }

    private bool UpdateAttempt(long attemptId, Func<MockAttempt, MockAttempt?> change)
    {
        var index = _attempts.FindIndex(a => a.Id == attemptId);
        if (index < 0 || change(_attempts[index]) is not { } changed)
        {
            return false;
        }

        _attempts[index] = changed;
        return true;
    }

    private T Locked<T>(Func<T> action)
    {
        lock (_gate)
        {
            return action();
        }
    }

    private Task<T> Run<T>(Func<T> action) => Task.FromResult(Locked(action));
}
