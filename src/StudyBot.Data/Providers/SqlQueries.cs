using System.Data;
using System.Data.Common;

namespace StudyBot.Data.Providers;

/// <summary>Reads by hand-written SQL on one open connection (see <see cref="SqlReads.QueryAsync"/>).</summary>
public sealed class SqlQueries
{
    private readonly DbConnection _connection;
    private readonly ISqlDialect _dialect;

    internal SqlQueries(DbConnection connection, ISqlDialect dialect)
    {
        _connection = connection;
        _dialect = dialect;
    }

    public async Task<T?> ReadRowAsync<T>(SqlStatement statement, Func<DbDataReader, T> map, CancellationToken cancellationToken)
        where T : class
    {
        await using var command = Command(statement);
        return await SqlExecution.ReadRowAsync(command, map, cancellationToken);
    }

    /// <summary>Appends every row the statement returns to <paramref name="rows"/>.</summary>
    public async Task ReadRowsAsync<T>(SqlStatement statement, Func<DbDataReader, T> map, List<T> rows, CancellationToken cancellationToken)
    {
        await using var command = Command(statement);
        await SqlExecution.ReadRowsAsync(command, map, rows, cancellationToken);
    }

    private DbCommand Command(SqlStatement statement)
    {
        var command = _connection.CreateCommand();
        command.CommandText = statement.Text;
        _dialect.Bind(command, statement);
        return command;
    }
}
