using System.Data.Common;

namespace StudyBot.Data.Providers;

/// <summary>
/// SQLite's writes. SQLite has one writer at a time, and Microsoft.Data.Sqlite meets a busy database by sleeping 150 ms on
/// the calling thread before it retries; so this process runs its own SQLite writes one after another on one thread
/// (<see cref="SqliteWriterThread"/>), in order, instead of letting them collide. Hand-written statements run there on the
/// process's one writing connection, whose commands stay prepared between calls and whose page cache stays warm, as no
/// other connection of this process writes between its statements.
/// </summary>
internal sealed class SqliteWriteLane(DbDataSource dataSource, ISqlDialect dialect) : IWriteLane, IDisposable
{
    private readonly SqliteWriterThread _writer = new();
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private DbConnection? _connection;
    private SqlCommands? _sqlCommands;

    public Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken) => _writer.RunAsync(write, cancellationToken);

    public Task<T> WithCommandsAsync<T>(Func<SqlCommands, Task<T>> work, CancellationToken cancellationToken) =>
        _writer.RunAsync(
            async () =>
            {
                try
                {
                    if (_connection is null)
                    {
                        var connection = dataSource.CreateConnection();
                        await connection.OpenAsync(cancellationToken);
                        _connection = connection;
                    }

                    _sqlCommands ??= new SqlCommands(Prepared, _ => ValueTask.CompletedTask, dialect);
                    return await work(_sqlCommands);
                }
                catch (DbException)
                {
                    // A failed statement may leave the connection in a state worth not trusting: start afresh next time.
                    DisposeConnection();
                    throw;
                }
            },
            cancellationToken);

    /// <summary>The command for a statement on the writing connection, parameters cleared; kept, never disposed by callers.</summary>
    private DbCommand Prepared(string sql)
    {
        var connection = _connection ?? throw new InvalidOperationException("The writing connection is only open on the writer thread.");
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Parameters.Clear();
        return command;
    }

    private void DisposeConnection()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        _connection?.Dispose();
        _connection = null;
    }

    public void Dispose()
    {
        _writer.Dispose();
        DisposeConnection();
    }
}
