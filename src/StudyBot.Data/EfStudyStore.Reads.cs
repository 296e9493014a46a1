using System.Data;
using System.Data.Common;
using System.Text;
using StudyBot.Engine.Model;

namespace StudyBot.Data;

/// <summary>
/// Reads on hot paths, as plain SQL: a channel and a round by id (every click), and the two reads behind every streak on a
/// board or in stats, the channels' recent daily rounds and which of them the members answered. The latter return
/// hundreds to thousands of rows per call, where EF's materialization cost more than the indexed reads themselves.
/// </summary>
public sealed partial class EfStudyStore
{
    private const string RoundColumns =
        "\"Id\", \"Kind\", \"ChannelId\", \"CommunityId\", \"QuizId\", \"Sequence\", \"QuestionId\", \"ChoiceOrder\", \"LocalDate\", \"OpensAt\", \"ClosesAt\", \"ClosedAt\", \"MessageRef\", \"RevealedAt\"";

    private const string ChannelColumns =
        "\"Id\", \"CommunityId\", \"Platform\", \"ExternalId\", \"Name\", \"Active\", \"DailyEnabled\", \"Paused\", \"PostMinuteOfDay\", \"TimeZone\", " +
        "\"Days\", \"Exam\", \"RevealAfterMinutes\", \"IncludeQuizOnBoard\", \"ConversationReference\", \"ScheduleVersion\", \"CreatedAt\"";

    /// <summary>By id: a click words its reveal time in the channel's zone, and posts and reveals read their channel.</summary>
    public Task<Channel?> FindChannelAsync(long id, CancellationToken cancellationToken) =>
        ReadByIdAsync("channels", ChannelColumns, id, ReadChannel, cancellationToken);

    private Channel ReadChannel(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        CommunityId = reader.GetInt64(1),
        Platform = (Platform)reader.GetInt32(2),
        ExternalId = reader.GetString(3),
        Name = reader.GetString(4),
        Active = reader.GetBoolean(5),
        DailyEnabled = reader.GetBoolean(6),
        Paused = reader.GetBoolean(7),
        PostMinuteOfDay = reader.GetInt32(8),
        TimeZone = reader.GetString(9),
        Days = reader.GetString(10),
        Exam = reader.IsDBNull(11) ? null : reader.GetString(11),
        RevealAfterMinutes = reader.GetInt32(12),
        IncludeQuizOnBoard = reader.GetBoolean(13),
        ConversationReference = reader.IsDBNull(14) ? null : reader.GetString(14),
        ScheduleVersion = reader.GetInt32(15),
        CreatedAt = ReadInstant(reader, 16),
    };

    /// <summary>By id: every click reads its round (a daily round at most once in 10 s per process, see AnswerService).</summary>
    public Task<Round?> FindRoundAsync(long id, CancellationToken cancellationToken) =>
        ReadByIdAsync("rounds", RoundColumns, id, ReadRound, cancellationToken);

    private async Task<T?> ReadByIdAsync<T>(string table, string columns, long id, Func<DbDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        await using var connection = await factory.DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {columns} FROM \"{table}\" WHERE \"Id\" = @id";
        Add(command, "@id", DbType.Int64, id);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? read(reader) : null;
    }

    public async Task<IReadOnlyList<Round>> ListDailyRoundsAsync(IReadOnlyCollection<long> channelIds, int limitPerChannel, CancellationToken cancellationToken)
    {
        if (channelIds.Count == 0)
        {
            return [];
        }

        await using var connection = await factory.DataSource.OpenConnectionAsync(cancellationToken);
        var rounds = new List<Round>();

        // One LIMITed range of the (channel, date) index per channel, UNION ALL-ed into one statement per 200 channels
        // (SQLite allows 500 parts in a compound SELECT). A window function over the channels would number every daily
        // round of the table first.
        foreach (var chunk in channelIds.Distinct().Chunk(200))
        {
            await using var command = connection.CreateCommand();
            var sql = new StringBuilder();
            for (var i = 0; i < chunk.Length; i++)
            {
                if (i > 0)
                {
                    sql.Append(" UNION ALL ");
                }

                sql.Append("SELECT * FROM (SELECT ").Append(RoundColumns).Append(" FROM \"rounds\" WHERE \"ChannelId\" = @c").Append(i)
                    .Append(" AND \"Kind\" = @daily ORDER BY \"LocalDate\" DESC LIMIT @limit) AS r").Append(i);
                Add(command, "@c" + i, DbType.Int64, chunk[i]);
            }

            Add(command, "@daily", DbType.Int32, (int)RoundKind.Daily);
            Add(command, "@limit", DbType.Int32, limitPerChannel);
            command.CommandText = sql.ToString();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rounds.Add(ReadRound(reader));
            }
        }

        return rounds;
    }

    public async Task<IReadOnlyList<(long MemberId, long RoundId)>> ListAnsweredRoundsAsync(IReadOnlyCollection<long> memberIds, DateTimeOffset since, CancellationToken cancellationToken)
    {
        if (memberIds.Count == 0)
        {
            return [];
        }

        await using var connection = await factory.DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // A short range per member on (MemberId, AnsweredAt, RoundId), read from the index alone.
        var sql = new StringBuilder("SELECT \"MemberId\", \"RoundId\" FROM \"answers\" WHERE \"AnsweredAt\" >= @since AND \"MemberId\" IN (");
        var i = 0;
        foreach (var memberId in memberIds.Distinct())
        {
            sql.Append(i > 0 ? ", @m" : "@m").Append(i);
            Add(command, "@m" + i, DbType.Int64, memberId);
            i++;
        }

        command.CommandText = sql.Append(')').ToString();
        AddInstant(command, "@since", since);
        var rows = new List<(long, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetInt64(0), reader.GetInt64(1)));
        }

        return rows;
    }

    private Round ReadRound(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        Kind = (RoundKind)reader.GetInt32(1),
        ChannelId = reader.IsDBNull(2) ? null : reader.GetInt64(2),
        CommunityId = reader.IsDBNull(3) ? null : reader.GetInt64(3),
        QuizId = reader.IsDBNull(4) ? null : reader.GetInt64(4),
        Sequence = reader.IsDBNull(5) ? null : reader.GetInt32(5),
        QuestionId = reader.GetString(6),
        ChoiceOrder = reader.GetString(7),
        LocalDate = reader.IsDBNull(8) ? null : reader.GetFieldValue<DateOnly>(8),
        OpensAt = ReadInstant(reader, 9),
        ClosesAt = ReadInstant(reader, 10),
        ClosedAt = reader.IsDBNull(11) ? null : ReadInstant(reader, 11),
        MessageRef = reader.IsDBNull(12) ? null : reader.GetString(12),
        RevealedAt = reader.IsDBNull(13) ? null : ReadInstant(reader, 13),
    };

    private DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) => factory.IsPostgres
        ? reader.GetFieldValue<DateTimeOffset>(ordinal)
        : SqliteInstant.ConvertFromProviderTyped(reader.GetInt64(ordinal));
}
