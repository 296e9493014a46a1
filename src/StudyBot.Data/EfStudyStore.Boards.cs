using System.Data;
using System.Text;
using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;

namespace StudyBot.Data;

/// <summary>
/// A board's totals: one grouped pass over the scope's answers, joined to the members for names and privacy. Written as
/// SQL so that SQLite, which keeps no statistics, is told which index fits: a bounded period reads the scope's
/// (scope, time) index over its time range; all time reads the (scope, member) index, whose order is already the grouping,
/// so no temporary sort of every answer of the scope is needed (the largest community's all-time board: 17 ms → 5 ms).
/// PostgreSQL chooses between the same two indexes from its statistics.
/// </summary>
public sealed partial class EfStudyStore
{
    public const string ChannelTimeIndex = "IX_answers_ChannelId_AnsweredAt_Board";
    public const string CommunityTimeIndex = "IX_answers_CommunityId_AnsweredAt_Board";
    public const string ChannelMemberIndex = "IX_answers_ChannelId_MemberId_Board";
    public const string CommunityMemberIndex = "IX_answers_CommunityId_MemberId_Board";

    public async Task<IReadOnlyList<BoardTotals>> GetBoardTotalsAsync(BoardQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await factory.DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
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
        if (!factory.IsPostgres && index is not null)
        {
            sql.Append(" INDEXED BY \"").Append(index).Append('"');
        }

        var where = " WHERE ";
        void Condition(string condition)
        {
            sql.Append(where).Append(condition);
            where = " AND ";
        }

        if (query.ChannelId is { } channelId)
        {
            Condition("a.\"ChannelId\" = @channel");
            Add(command, "@channel", DbType.Int64, channelId);
        }

        if (query.CommunityId is { } communityId)
        {
            Condition("a.\"CommunityId\" = @community");
            Add(command, "@community", DbType.Int64, communityId);
        }

        if (query.From is { } from)
        {
            Condition("a.\"AnsweredAt\" >= @from");
            AddInstant(command, "@from", from);
        }

        if (query.To is { } to)
        {
            Condition("a.\"AnsweredAt\" < @to");
            AddInstant(command, "@to", to);
        }

        if (!query.IncludeQuiz)
        {
            Condition("a.\"Kind\" = @daily");
            Add(command, "@daily", DbType.Int32, (int)RoundKind.Daily);
        }

        sql.Append(" GROUP BY a.\"MemberId\") AS t JOIN \"members\" AS m ON m.\"Id\" = t.\"MemberId\"");
        command.CommandText = sql.ToString();

        var totals = new List<BoardTotals>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            totals.Add(new BoardTotals(
                reader.GetInt64(0),
                checked((int)reader.GetInt64(1)),
                checked((int)reader.GetInt64(2)),
                checked((int)reader.GetInt64(3)),
                reader.IsDBNull(4) ? null : ReadInstant(reader, 4),
                reader.GetString(5),
                reader.GetBoolean(6)));
        }

        return totals;
    }
}
