namespace StudyBot.Engine.Mock;

/// <summary>Mock exam attempts with their questions; at most one attempt in progress per member.</summary>
public interface IMockStore
{
    /// <summary>
    /// Stores the attempt with its items unless the member has one in progress already (checked by a unique key, so two
    /// starts at once store one); that one is returned then, with <c>Created</c> false and nothing written.
    /// </summary>
    Task<(MockAttempt Attempt, bool Created)> StartAttemptAsync(MockAttempt attempt, IReadOnlyList<MockItem> items, CancellationToken cancellationToken);

    Task<MockAttempt?> FindAttemptAsync(long attemptId, CancellationToken cancellationToken);

    Task<MockAttempt?> FindOpenAttemptAsync(long memberId, CancellationToken cancellationToken);

    /// <summary>The attempt's items by position.</summary>
    Task<IReadOnlyList<MockItem>> ListItemsAsync(long attemptId, CancellationToken cancellationToken);

    /// <summary>Sets the answer at a position while the attempt is in progress; false when it is not, or when that very answer is stored already (a repeated click).</summary>
    Task<bool> SaveAnswerAsync(long attemptId, int position, IReadOnlyList<string> keys, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Flags or unflags a position while the attempt is in progress; false when it is not.</summary>
    Task<bool> SetFlagAsync(long attemptId, int position, bool flagged, CancellationToken cancellationToken);

    /// <summary>Moves the attempt to a position while it is in progress; false when it is not.</summary>
    Task<bool> MoveToAsync(long attemptId, int position, CancellationToken cancellationToken);

    /// <summary>Ends the attempt with its score unless it has ended already; false then (the first end stands).</summary>
    Task<bool> FinishAttemptAsync(long attemptId, MockFinish finish, DateTimeOffset finishedAt, MockScore score, CancellationToken cancellationToken);

    /// <summary>Records that the attempt's questions are in the review deck.</summary>
    Task MarkReviewedAsync(long attemptId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Ended attempts of the given members, newest first, optionally since a time, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<MockAttempt>> ListFinishedAsync(IReadOnlyCollection<long> memberIds, DateTimeOffset? since, int limit, CancellationToken cancellationToken);

    /// <summary>Attempts with work left: in progress past their deadline at <paramref name="now"/>, or ended and not yet in the review deck.</summary>
    Task<IReadOnlyList<MockAttempt>> ListPendingAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);
}
