namespace StudyBot.Engine.Answers;

/// <summary>Answers: at most one per member and round, never to a closed round.</summary>
public interface IAnswerStore
{
    Task<Answer?> FindAnswerAsync(long roundId, long memberId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the answer unless the member already answered the round or the round is closed (<see cref="Round.ClosedAt"/>
    /// set), both checked in the same statement as the insert; false then.
    /// </summary>
    Task<bool> TryAddAnswerAsync(Answer answer, CancellationToken cancellationToken);

    Task<int> CountAnswersAsync(long roundId, CancellationToken cancellationToken);

    /// <summary>A round's answers with who gave them, in the order they came.</summary>
    Task<IReadOnlyList<(Answer Answer, Member Member)>> ListRoundAnswersAsync(long roundId, CancellationToken cancellationToken);

    /// <summary>How often the member answered each question.</summary>
    Task<IReadOnlyDictionary<string, int>> GetMemberQuestionUsageAsync(long memberId, CancellationToken cancellationToken);

    /// <summary>A member's answers, newest first, optionally since a time.</summary>
    Task<IReadOnlyList<Answer>> ListMemberAnswersAsync(long memberId, DateTimeOffset? since, CancellationToken cancellationToken);

    /// <summary>Answers with an id above <paramref name="afterId"/> (only the member's when given), in id order, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Answer>> ListAnswersAfterAsync(long afterId, long? memberId, int limit, CancellationToken cancellationToken);

    /// <summary>The given members' answers to the given rounds.</summary>
    Task<IReadOnlyList<Answer>> ListAnswersForRoundsAsync(IReadOnlyCollection<long> roundIds, IReadOnlyCollection<long> memberIds, CancellationToken cancellationToken);

    /// <summary>Answers in a channel or community since a time (digest and team stats).</summary>
    Task<IReadOnlyList<Answer>> ListScopeAnswersAsync(long? channelId, long? communityId, DateTimeOffset since, CancellationToken cancellationToken);
}
