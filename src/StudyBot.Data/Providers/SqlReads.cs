using System.Data.Common;

namespace StudyBot.Data.Providers;

/// <summary>
/// Hand-written reads on a pooled connection, for the hot paths where EF's per-call overhead (query lookup,
/// materialization) cost more than the indexed reads themselves. Writes go through <see cref="WriteGate"/>.
/// </summary>
public sealed class SqlReads
{
    private readonly DbDataSource _dataSource;
    private readonly ISqlDialect _dialect;

    internal SqlReads(DbDataSource dataSource, ISqlDialect dialect)
    {
        _dataSource = dataSource;
        _dialect = dialect;
    }

    public async Task<T?> ReadRowAsync<T>(SqlStatement statement, Func<DbDataReader, T> map, CancellationToken cancellationToken)
        where T : class
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await new SqlQueries(connection, _dialect).ReadRowAsync(statement, map, cancellationToken);
    }

    public async Task<List<T>> ReadRowsAsync<T>(SqlStatement statement, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await new SqlQueries(connection, _dialect).ReadRowsAsync(statement, map, rows, cancellationToken);
        return rows;
    }

    /// <summary>Several reads on one connection.</summary>
    public async Task<T> QueryAsync<T>(Func<SqlQueries, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await work(new SqlQueries(connection, _dialect));
    }
}
