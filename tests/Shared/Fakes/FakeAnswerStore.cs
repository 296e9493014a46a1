namespace StudyBot.Tests.Shared.Fakes;

/// <summary>Answers in memory: one per member and round, and none to a round that is closed or unknown.</summary>
public sealed class FakeAnswerStore(FakeTables tables) : IAnswerStore
{
    public FakeAnswerStore()
        : this(new FakeTables())
    {
    }

    /// <summary>Copies of every answer, in the order stored.</summary>
    public IReadOnlyList<Answer> Answers => tables.Locked(() => tables.Answers.Select(FakeTables.Copy).ToList());

    public Task<Answer?> FindAnswerAsync(long roundId, long memberId, CancellationToken cancellationToken) =>
        tables.LockedAsync(() => tables.Answers.FirstOrDefault(a => a.RoundId == roundId && a.MemberId == memberId) is { } a ? FakeTables.Copy(a) : null);

    public Task<bool> TryAddAnswerAsync(Answer answer, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        if (tables.Answers.Any(a => a.RoundId == answer.RoundId && a.MemberId == answer.MemberId)
            || tables.Rounds.FirstOrDefault(r => r.Id == answer.RoundId) is not { ClosedAt: null })
        {
            return false;
        }

        tables.Answers.Add(FakeTables.Copy(answer with { Id = tables.NextId() }));
        return true;
    });

    public Task<int> CountAnswersAsync(long roundId, CancellationToken cancellationToken) =>
        tables.LockedAsync(() => tables.Answers.Count(a => a.RoundId == roundId));

    public Task<IReadOnlyList<(Answer Answer, Member Member)>> ListRoundAnswersAsync(long roundId, CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyList<(Answer, Member)>>(() => tables.Answers
            .Where(a => a.RoundId == roundId)
            .Join(tables.Members, a => a.MemberId, m => m.Id, (a, m) => (FakeTables.Copy(a), FakeTables.Copy(m)))
            .ToList());

    public Task<IReadOnlyDictionary<string, int>> GetMemberQuestionUsageAsync(long memberId, CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyDictionary<string, int>>(() => tables.Answers.Where(a => a.MemberId == memberId)
            .GroupBy(a => a.QuestionId).ToDictionary(g => g.Key, g => g.Count()));

    public Task<IReadOnlyList<Answer>> ListMemberAnswersAsync(long memberId, DateTimeOffset? since, CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyList<Answer>>(() => tables.Answers
            .Where(a => a.MemberId == memberId && (since is null || a.AnsweredAt >= since))
            .OrderByDescending(a => a.AnsweredAt)
            .Select(FakeTables.Copy)
            .ToList());

    public Task<IReadOnlyList<Answer>> ListAnswersAfterAsync(long afterId, long? memberId, int limit, CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyList<Answer>>(() => tables.Answers
            .Where(a => a.Id > afterId && (memberId is null || a.MemberId == memberId))
            .OrderBy(a => a.Id)
            .Take(limit)
            .Select(FakeTables.Copy)
            .ToList());

    public Task<IReadOnlyList<Answer>> ListAnswersForRoundsAsync(IReadOnlyCollection<long> roundIds, IReadOnlyCollection<long> memberIds, CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyList<Answer>>(() => tables.Answers
            .Where(a => roundIds.Contains(a.RoundId) && memberIds.Contains(a.MemberId))
            .Select(FakeTables.Copy)
            .ToList());

    public Task<IReadOnlyList<Answer>> ListScopeAnswersAsync(long? channelId, long? communityId, DateTimeOffset since, CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyList<Answer>>(() => tables.Answers
            .Where(a => (channelId is null || a.ChannelId == channelId) && (communityId is null || a.CommunityId == communityId) && a.AnsweredAt >= since)
            .Select(FakeTables.Copy)
            .ToList());
}
