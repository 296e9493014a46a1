using Npgsql;
using NpgsqlTypes;

namespace StudyBot.Bench.Review;

/// <summary>Seeds PostgreSQL with binary COPY (<see cref="NpgsqlBinaryImporter"/>), one COPY per table.</summary>
internal sealed class PostgresSeedWriter : ISeedWriter
{
    private readonly NpgsqlConnection _connection;

    private PostgresSeedWriter(NpgsqlConnection connection) => _connection = connection;

    public static async Task<ISeedWriter> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        // Loading 10,000,000 rows and rebuilding indexes takes minutes: no statement timeout on the seeding connection.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return new PostgresSeedWriter(connection);
    }

    public async Task WriteMembersAsync(int count, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        await using var copy = await _connection.BeginBinaryImportAsync(
            "COPY members (\"Platform\", \"ExternalId\", \"DisplayName\", \"HiddenFromBoards\", \"CreatedAt\") FROM STDIN (FORMAT BINARY)", cancellationToken);
        for (var i = 0; i < count; i++)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync((int)Platform.Discord, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(Deck.ExternalId(i), NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync($"Learner {i + 1}", NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
            await copy.WriteAsync(createdAt, NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    public async Task WriteSettingsAsync(IEnumerable<(long MemberId, SeedSettings Settings)> rows, CancellationToken cancellationToken)
    {
        await using var copy = await _connection.BeginBinaryImportAsync(
            "COPY review_settings (\"MemberId\", \"Retention\", \"ExamDate\", \"ExamCode\", \"RemindAt\", \"TimeZone\") FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var (memberId, s) in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(memberId, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(s.Retention, NpgsqlDbType.Double, cancellationToken);
            await (s.ExamDate is { } d ? copy.WriteAsync(d, NpgsqlDbType.Date, cancellationToken) : copy.WriteNullAsync(cancellationToken));
            await (s.ExamCode is { } code ? copy.WriteAsync(code, NpgsqlDbType.Varchar, cancellationToken) : copy.WriteNullAsync(cancellationToken));
            await copy.WriteNullAsync(cancellationToken);
            await copy.WriteAsync(s.TimeZone, NpgsqlDbType.Varchar, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    public async Task WriteCardsAsync(IEnumerable<(long MemberId, SeedCard Card)> rows, CancellationToken cancellationToken)
    {
        await using var copy = await _connection.BeginBinaryImportAsync(
            "COPY review_cards (\"MemberId\", \"QuestionId\", \"State\", \"Stability\", \"Difficulty\", \"Due\", \"LastReview\", \"ScheduledDays\", \"Reps\", \"Lapses\") FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var (memberId, c) in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(memberId, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(c.QuestionId, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(c.State, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(c.Stability, NpgsqlDbType.Double, cancellationToken);
            await copy.WriteAsync(c.Difficulty, NpgsqlDbType.Double, cancellationToken);
            await copy.WriteAsync(c.Due, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(c.LastReview, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(c.ScheduledDays, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(c.Reps, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(c.Lapses, NpgsqlDbType.Integer, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> DropIndexesAsync(string table, CancellationToken cancellationToken)
    {
        var found = new List<(string Name, string Sql)>();
        await using (var query = new NpgsqlCommand(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() AND i.tablename = @table " +
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)", _connection))
        {
            query.Parameters.AddWithValue("table", table);
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
        await using var command = new NpgsqlCommand(sql, _connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
