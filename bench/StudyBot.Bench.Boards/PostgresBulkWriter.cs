using Npgsql;
using NpgsqlTypes;

namespace StudyBot.Bench.Boards;

internal sealed class PostgresBulkWriter(NpgsqlConnection connection) : IBulkWriter
{
    public static async Task<PostgresBulkWriter> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return new PostgresBulkWriter(connection);
    }

    public async Task WriteAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var copy = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var value in row)
            {
                await (value switch
                {
                    null => importer.WriteNullAsync(cancellationToken),
                    long l => importer.WriteAsync(l, NpgsqlDbType.Bigint, cancellationToken),
                    int i => importer.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken),
                    bool b => importer.WriteAsync(b, NpgsqlDbType.Boolean, cancellationToken),
                    string s => importer.WriteAsync(s, NpgsqlDbType.Varchar, cancellationToken),
                    DateOnly d => importer.WriteAsync(d, NpgsqlDbType.Date, cancellationToken),
                    DateTimeOffset t => importer.WriteAsync(t, NpgsqlDbType.TimestampTz, cancellationToken),
                    _ => throw new ArgumentException($"No COPY mapping for {value.GetType().Name}."),
                });
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> DropIndexesAsync(string table, CancellationToken cancellationToken)
    {
        var indexes = new List<(string Name, string Sql)>();
        await using (var query = new NpgsqlCommand(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() AND i.tablename = @t " +
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)", connection))
        {
            query.Parameters.AddWithValue("t", table);
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
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
