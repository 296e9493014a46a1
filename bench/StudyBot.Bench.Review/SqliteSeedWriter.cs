using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace StudyBot.Bench.Review;

/// <summary>Seeds SQLite with prepared INSERTs of many rows each, a few hundred thousand rows per transaction.</summary>
internal sealed class SqliteSeedWriter : ISeedWriter
{
    // Microsoft.Data.Sqlite binds each parameter by name, a linear search of the statement's names, so a wide statement
    // costs more per row than it saves: 8 rows (80 parameters) loaded fastest of 4, 8, 16 and 100 here.
    private const int RowsPerStatement = 8;
    private const int RowsPerTransaction = 250_000;

    private static readonly string[] CardColumns = ["MemberId", "QuestionId", "State", "Stability", "Difficulty", "Due", "LastReview", "ScheduledDays", "Reps", "Lapses"];

    // What the SQLite context stores for a DateTimeOffset (SqliteStudyBotDbContext).
    private static readonly Func<DateTimeOffset, long> Binary = new DateTimeOffsetToBinaryConverter().ConvertToProviderExpression.Compile();

    private readonly SqliteConnection _connection;

    private SqliteSeedWriter(SqliteConnection connection) => _connection = connection;

    public static async Task<ISeedWriter> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var writer = new SqliteSeedWriter(connection);
        // A scratch file: losing it to a power cut costs nothing, so the load does not wait for the disk.
        await writer.ExecuteAsync("PRAGMA synchronous=OFF", cancellationToken);
        return writer;
    }

    public Task WriteMembersAsync(int count, DateTimeOffset createdAt, CancellationToken cancellationToken) =>
        InsertAsync("members", ["Platform", "ExternalId", "DisplayName", "HiddenFromBoards", "CreatedAt"],
            Enumerable.Range(0, count), (p, i) =>
            {
                p[0].Value = (long)Platform.Discord;
                p[1].Value = Deck.ExternalId(i);
                p[2].Value = $"Learner {i + 1}";
                p[3].Value = 0L;
                p[4].Value = Binary(createdAt);
            },
            cancellationToken);

    public Task WriteSettingsAsync(IEnumerable<(long MemberId, SeedSettings Settings)> rows, CancellationToken cancellationToken) =>
        InsertAsync("review_settings", ["MemberId", "Retention", "ExamDate", "ExamCode", "RemindAt", "TimeZone"], rows, (p, r) =>
            {
                p[0].Value = r.MemberId;
                p[1].Value = r.Settings.Retention;
                p[2].Value = r.Settings.ExamDate is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
                p[3].Value = (object?)r.Settings.ExamCode ?? DBNull.Value;
                p[4].Value = DBNull.Value;
                p[5].Value = r.Settings.TimeZone;
            },
            cancellationToken);

    public Task WriteCardsAsync(IEnumerable<(long MemberId, SeedCard Card)> rows, CancellationToken cancellationToken) =>
        InsertAsync("review_cards", CardColumns, rows, (p, r) =>
            {
                var c = r.Card;
                p[0].Value = r.MemberId;
                p[1].Value = c.QuestionId;
                p[2].Value = (long)c.State;
                p[3].Value = c.Stability;
                p[4].Value = c.Difficulty;
                p[5].Value = Binary(c.Due);
                p[6].Value = Binary(c.LastReview);
                p[7].Value = (long)c.ScheduledDays;
                p[8].Value = (long)c.Reps;
                p[9].Value = (long)c.Lapses;
            },
            cancellationToken);

    public async Task<IReadOnlyList<string>> DropIndexesAsync(string table, CancellationToken cancellationToken)
    {
        var found = new List<(string Name, string Sql)>();
        await using (var query = _connection.CreateCommand())
        {
            // Automatic indexes (the primary key's) have no SQL and stay.
            query.CommandText = "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = $table AND sql IS NOT NULL";
            query.Parameters.AddWithValue("$table", table);
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                found.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in found)
        {
            await ExecuteAsync($"DROP INDEX \"{name}\"", cancellationToken);
        }

        return [.. found.Select(f => f.Sql)];
    }

    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    /// <summary>
    /// Fills a prepared statement of <see cref="RowsPerStatement"/> rows at a time (a shorter one for the rest), committing
    /// every <see cref="RowsPerTransaction"/> rows. <paramref name="fill"/> sets one row's parameters from a slice.
    /// </summary>
    private async Task InsertAsync<T>(string table, IReadOnlyList<string> columns, IEnumerable<T> rows, Action<ArraySegment<SqliteParameter>, T> fill, CancellationToken cancellationToken)
    {
        var pending = new List<T>(RowsPerStatement);
        var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        var full = Prepare(table, columns, RowsPerStatement, transaction);
        var sinceCommit = 0;
        try
        {
            foreach (var row in rows)
            {
                pending.Add(row);
                if (pending.Count < RowsPerStatement)
                {
                    continue;
                }

                await RunAsync(full, pending, columns.Count, fill, cancellationToken);
                sinceCommit += pending.Count;
                pending.Clear();
                if (sinceCommit >= RowsPerTransaction)
                {
                    await transaction.CommitAsync(cancellationToken);
                    await transaction.DisposeAsync();
                    transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
                    full.Command.Transaction = transaction;
                    sinceCommit = 0;
                }
            }

            if (pending.Count > 0)
            {
                var rest = Prepare(table, columns, pending.Count, transaction);
                await using (rest.Command)
                {
                    await RunAsync(rest, pending, columns.Count, fill, cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await full.Command.DisposeAsync();
            await transaction.DisposeAsync();
        }
    }

    private static async Task RunAsync<T>((SqliteCommand Command, SqliteParameter[] Parameters) statement, List<T> rows, int width, Action<ArraySegment<SqliteParameter>, T> fill, CancellationToken cancellationToken)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            fill(new ArraySegment<SqliteParameter>(statement.Parameters, r * width, width), rows[r]);
        }

        await statement.Command.ExecuteNonQueryAsync(cancellationToken);
    }

    private (SqliteCommand Command, SqliteParameter[] Parameters) Prepare(string table, IReadOnlyList<string> columns, int rows, SqliteTransaction transaction)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        var values = Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", columns.Select((_, c) => $"$v{(r * columns.Count) + c}")) + ")");
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES {string.Join(", ", values)}";
        var parameters = new SqliteParameter[rows * columns.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = command.Parameters.Add(new SqliteParameter($"$v{i}", DBNull.Value));
        }

        command.Prepare();
        return (command, parameters);
    }
}
