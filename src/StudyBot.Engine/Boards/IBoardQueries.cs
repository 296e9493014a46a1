namespace StudyBot.Engine.Boards;

/// <summary>The read model behind boards and streaks: totals and answered rounds computed by the database.</summary>
public interface IBoardQueries
{
    /// <summary>Per-member totals over answers in a scope and period, with each member's name and privacy.</summary>
    Task<IReadOnlyList<BoardTotals>> GetBoardTotalsAsync(BoardQuery query, CancellationToken cancellationToken);

    /// <summary>Which rounds the given members answered since a time, as (member, round) pairs; for streaks.</summary>
    Task<IReadOnlyList<(long MemberId, long RoundId)>> ListAnsweredRoundsAsync(IReadOnlyCollection<long> memberIds, DateTimeOffset since, CancellationToken cancellationToken);
}
