using System.Data.Common;

namespace StudyBot.Data.Providers;

/// <summary>PostgreSQL's writes: directly, each on a pooled connection; the server orders concurrent writers itself.</summary>
internal sealed class PooledWriteLane(DbDataSource dataSource, ISqlDialect dialect) : IWriteLane
{
    public Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken) => write();

    public async Task<T> WithCommandsAsync<T>(Func<SqlCommands, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await work(new SqlCommands(
            sql =>
            {
                var command = connection.CreateCommand();
                command.CommandText = sql;
                return command;
            },
            command => command.DisposeAsync(),
            dialect));
    }
}
