using System.Data.Common;

namespace StudyBot.Data.Providers;

/// <summary>
/// Hand-written statements inside the write gate (see <see cref="WriteGate.ExecuteAsync"/>): on SQLite on the writer
/// thread's one connection, whose commands stay prepared between calls; on PostgreSQL on a pooled connection.
/// </summary>
public sealed class SqlCommands
{
    private readonly Func<string, DbCommand> _get;
    private readonly Func<DbCommand, ValueTask> _release;
    private readonly ISqlDialect _dialect;

    internal SqlCommands(Func<string, DbCommand> get, Func<DbCommand, ValueTask> release, ISqlDialect dialect)
    {
        _get = get;
        _release = release;
        _dialect = dialect;
    }

    /// <summary>The first column of the first row (e.g. a <c>RETURNING "Id"</c>), or null when there was none.</summary>
    public async Task<object?> ScalarAsync(SqlStatement statement, CancellationToken cancellationToken)
    {
        var command = Command(statement);
        try
        {
            return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull ? value : null;
        }
        finally
        {
            await _release(command);
        }
    }

    public async Task<int> NonQueryAsync(SqlStatement statement, CancellationToken cancellationToken)
    {
        var command = Command(statement);
        try
        {
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await _release(command);
        }
    }

    public async Task<T?> ReadRowAsync<T>(SqlStatement statement, Func<DbDataReader, T> map, CancellationToken cancellationToken)
        where T : class
    {
        var command = Command(statement);
        try
        {
            return await SqlExecution.ReadRowAsync(command, map, cancellationToken);
        }
        finally
        {
            await _release(command);
        }
    }

    private DbCommand Command(SqlStatement statement)
    {
        var command = _get(statement.Text);
        _dialect.Bind(command, statement);
        return command;
    }
}
