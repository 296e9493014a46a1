using System.Data;
using System.Text;
using StudyBot.Data.Providers;

namespace StudyBot.Data.Stores;

/// <summary>
/// The board read model, as SQL. A board's totals: one grouped pass over the scope's answers, joined to the members for
/// names and privacy. Written as SQL so that SQLite, which keeps no statistics, is told which index fits: a bounded period
/// reads the scope's (scope, time) index over its time range; all time reads the (scope, member) index, whose order is
/// already the grouping, so no temporary sort of every answer of the scope is needed (the largest community's all-time
/// board: 17 ms → 5 ms). PostgreSQL chooses between the same two indexes from its statistics (see <see cref="ISqlDialect.IndexHint"/>).
/// </summary>
public sealed class BoardQueries(SqlReads reads, RowMapper rows, ISqlDialect dialect) : IBoardQueries
{
    public const string ChannelTimeIndex = "IX_answers_ChannelId_AnsweredAt_Board";
    public const string CommunityTimeIndex = "IX_answers_CommunityId_AnsweredAt_Board";
    public const string ChannelMemberIndex = "IX_answers_ChannelId_MemberId_Board";
    public const string CommunityMemberIndex = "IX_answers_CommunityId_MemberId_Board";

    public Task<IReadOnlyList<BoardTotals>> GetBoardTotalsAsync(BoardQuery query, CancellationToken cancellationToken)
    {
        var bounded = query.From is not null || query.To is not null;
        var index = (query.ChannelId, query.CommunityId) switch
        {
            ({ }, _) => bounded ? ChannelTimeIndex : ChannelMemberIndex,
            (null, { }) => bounded ? CommunityTimeIndex : CommunityMemberIndex,
            _ => null,
        };

        var sql = new StringBuilder()
            .Append("SELECT t.\"MemberId\", t.\"Points\", t.\"Answered\", t.\"Correct\", t.\"ReachedAt\", m.\"DisplayName\", m.\"HiddenFromBoards\" FROM (")
            .Append("SELECT a.\"MemberId\", SUM(a.\"Points\") AS \"Points\", COUNT(*) AS \"Answered\", ")
            .Append("SUM(CASE WHEN a.\"Correct\" THEN 1 ELSE 0 END) AS \"Correct\", MAX(CASE WHEN a.\"Points\" > 0 THEN a.\"AnsweredAt\" END) AS \"ReachedAt\" ")
            .Append("FROM \"answers\" AS a");
        if (index is not null)
        {
            sql.Append(dialect.IndexHint(index));
        }

        var parameters = new List<Action<SqlStatement>>();
        var where = " WHERE ";
        void Condition(string condition, Action<SqlStatement> bind)
        {
            sql.Append(where).Append(condition);
            where = " AND ";
            parameters.Add(bind);
        }

        if (query.ChannelId is { } channelId)
        {
            Condition("a.\"ChannelId\" = @channel", s => s.Add("@channel", DbType.Int64, channelId));
        }

        if (query.CommunityId is { } communityId)
        {
            Condition("a.\"CommunityId\" = @community", s => s.Add("@community", DbType.Int64, communityId));
        }

        if (query.From is { } from)
        {
            Condition("a.\"AnsweredAt\" >= @from", s => s.AddInstant("@from", from));
        }

        if (query.To is { } to)
        {
            Condition("a.\"AnsweredAt\" < @to", s => s.AddInstant("@to", to));
        }

        if (!query.IncludeQuiz)
        {
            Condition("a.\"Kind\" = @daily", s => s.Add("@daily", DbType.Int32, (int)RoundKind.Daily));
        }

        sql.Append(" GROUP BY a.\"MemberId\") AS t JOIN \"members\" AS m ON m.\"Id\" = t.\"MemberId\"");
        var statement = new SqlStatement(sql.ToString());
        foreach (var bind in parameters)
        {
            bind(statement);
        }

        return ListAsync(statement, rows.ReadBoardTotals, cancellationToken);
    }

    public Task<IReadOnlyList<(long MemberId, long RoundId)>> ListAnsweredRoundsAsync(IReadOnlyCollection<long> memberIds, DateTimeOffset since, CancellationToken cancellationToken)
    {
        if (memberIds.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<(long, long)>>([]);
        }

        // A short range per member on (MemberId, AnsweredAt, RoundId), read from the index alone.
        var sql = new StringBuilder("SELECT \"MemberId\", \"RoundId\" FROM \"answers\" WHERE \"AnsweredAt\" >= @since AND \"MemberId\" IN (");
        var distinct = memberIds.Distinct().ToList();
        for (var i = 0; i < distinct.Count; i++)
        {
            sql.Append(i > 0 ? ", @m" : "@m").Append(i);
        }

        var statement = new SqlStatement(sql.Append(')').ToString());
        for (var i = 0; i < distinct.Count; i++)
        {
            statement.Add("@m" + i, DbType.Int64, distinct[i]);
        }

        statement.AddInstant("@since", since);
        return ListAsync(statement, r => (r.GetInt64(0), r.GetInt64(1)), cancellationToken);
    }

    private async Task<IReadOnlyList<T>> ListAsync<T>(SqlStatement statement, Func<System.Data.Common.DbDataReader, T> map, CancellationToken cancellationToken) =>
        await reads.ReadRowsAsync(statement, map, cancellationToken);
}
