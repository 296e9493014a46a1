namespace StudyBot.Data.Providers;

/// <summary>Where the provider runs writes: SQLite one after another on its writer thread, PostgreSQL directly.</summary>
internal interface IWriteLane
{
    Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken);

    Task<T> WithCommandsAsync<T>(Func<SqlCommands, Task<T>> work, CancellationToken cancellationToken);
}
