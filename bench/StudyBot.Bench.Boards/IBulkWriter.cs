namespace StudyBot.Bench.Boards;

/// <summary>Fast raw inserts into the migrated schema, bypassing EF: batched INSERTs on SQLite, binary COPY on PostgreSQL.</summary>
internal interface IBulkWriter : IAsyncDisposable
{
    Task WriteAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken);

    /// <summary>Drops the table's secondary indexes and returns the statements that recreate them exactly.</summary>
    Task<IReadOnlyList<string>> DropIndexesAsync(string table, CancellationToken cancellationToken);

    Task ExecuteAsync(string sql, CancellationToken cancellationToken);
}
