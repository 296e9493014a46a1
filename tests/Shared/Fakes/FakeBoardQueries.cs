namespace StudyBot.Tests.Shared.Fakes;

/// <summary>The board read model computed over the fake's answers and members, as the SQL does.</summary>
public sealed class FakeBoardQueries(FakeTables tables) : IBoardQueries
{
    public FakeBoardQueries()
        : this(new FakeTables())
    {
    }

    public Task<IReadOnlyList<BoardTotals>> GetBoardTotalsAsync(BoardQuery query, CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyList<BoardTotals>>(() => tables.Answers
            .Where(a => (query.ChannelId is null || a.ChannelId == query.ChannelId)
                && (query.CommunityId is null || a.CommunityId == query.CommunityId)
                && (query.From is null || a.AnsweredAt >= query.From)
                && (query.To is null || a.AnsweredAt < query.To)
                && (query.IncludeQuiz || a.Kind == RoundKind.Daily))
            .GroupBy(a => a.MemberId)
            .Join(tables.Members, g => g.Key, m => m.Id, (g, m) => new BoardTotals(
                g.Key,
                g.Sum(a => a.Points),
                g.Count(),
                g.Count(a => a.Correct),
                g.Where(a => a.Points > 0).Select(a => (DateTimeOffset?)a.AnsweredAt).Max(),
                m.DisplayName,
                m.HiddenFromBoards))
            .ToList());

    public Task<IReadOnlyList<(long MemberId, long RoundId)>> ListAnsweredRoundsAsync(IReadOnlyCollection<long> memberIds, DateTimeOffset since, CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyList<(long MemberId, long RoundId)>>(() => tables.Answers
            .Where(a => memberIds.Contains(a.MemberId) && a.AnsweredAt >= since)
            .Select(a => (a.MemberId, a.RoundId))
            .ToList());
}
