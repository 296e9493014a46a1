namespace StudyBot.Bench.Review;

/// <summary>Raw writes into the migrated schema, past EF: multi-row prepared INSERTs on SQLite, binary COPY on PostgreSQL.</summary>
internal interface ISeedWriter : IAsyncDisposable
{
    Task WriteMembersAsync(int count, DateTimeOffset createdAt, CancellationToken cancellationToken);

    Task WriteSettingsAsync(IEnumerable<(long MemberId, SeedSettings Settings)> rows, CancellationToken cancellationToken);

    /// <summary>Writes the cards in the order given (key order keeps the primary key's index append-only).</summary>
    Task WriteCardsAsync(IEnumerable<(long MemberId, SeedCard Card)> rows, CancellationToken cancellationToken);

    /// <summary>Drops the secondary indexes of <paramref name="table"/> and returns the statements that recreate them as migrated.</summary>
    Task<IReadOnlyList<string>> DropIndexesAsync(string table, CancellationToken cancellationToken);

    Task ExecuteAsync(string sql, CancellationToken cancellationToken);
}
