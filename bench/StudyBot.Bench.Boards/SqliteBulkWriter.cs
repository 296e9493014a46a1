using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace StudyBot.Bench.Boards;

internal sealed class SqliteBulkWriter(SqliteConnection connection) : IBulkWriter
{
    private const int BatchRows = 50_000;

    // The same conversion the SQLite context configures for every DateTimeOffset.
    private static readonly Func<DateTimeOffset, long> Ticks = new DateTimeOffsetToBinaryConverter().ConvertToProviderExpression.Compile();

    public static async Task<SqliteBulkWriter> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var writer = new SqliteBulkWriter(connection);
        await writer.ExecuteAsync("PRAGMA synchronous=OFF;", cancellationToken);
        return writer;
    }

    public async Task WriteAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var sql = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var transaction = connection.BeginTransaction();
        var command = NewCommand(sql, columns.Count, transaction);
        var inBatch = 0;
        try
        {
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    command.Parameters[i].Value = ToSqlite(row[i]);
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                if (++inBatch == BatchRows)
                {
                    await transaction.CommitAsync(cancellationToken);
                    await transaction.DisposeAsync();
                    await command.DisposeAsync();
                    transaction = connection.BeginTransaction();
                    command = NewCommand(sql, columns.Count, transaction);
                    inBatch = 0;
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await command.DisposeAsync();
            await transaction.DisposeAsync();
        }
    }

    public async Task<IReadOnlyList<string>> DropIndexesAsync(string table, CancellationToken cancellationToken)
    {
        var indexes = new List<(string Name, string Sql)>();
        await using (var query = connection.CreateCommand())
        {
            query.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = $t AND sql IS NOT NULL";
            query.Parameters.AddWithValue("$t", table);
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync($"DROP INDEX \"{name}\"", cancellationToken);
        }

        return indexes.Select(i => i.Sql).ToList();
    }

    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private SqliteCommand NewCommand(string sql, int parameters, SqliteTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        command.Prepare();
        return command;
    }

    private static object ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset d => Ticks(d),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? 1L : 0L,
        _ => value,
    };
}
