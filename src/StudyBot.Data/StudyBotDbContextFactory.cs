using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace StudyBot.Data;

/// <summary>
/// Creates the provider's context; the one place that chooses SQLite or PostgreSQL. Contexts come from a pool: the store
/// makes one per call, and setting up a fresh context's internal services cost more than the query it then ran.
/// </summary>
public sealed class StudyBotDbContextFactory : IDisposable, IAsyncDisposable
{
    private readonly PooledDbContextFactory<SqliteStudyBotDbContext>? _sqlite;
    private readonly PooledDbContextFactory<PostgresStudyBotDbContext>? _postgres;
    private readonly SemaphoreSlim? _sqliteWriter;

    public StudyBotDbContextFactory(bool postgres, string connectionString)
    {
        IsPostgres = postgres;
        ConnectionString = connectionString;
        if (postgres)
        {
            // EF and the store's hand-written commands share one data source, so they share one connection pool.
            var npgsql = NpgsqlDataSource.Create(connectionString);
            DataSource = npgsql;
            _postgres = new PooledDbContextFactory<PostgresStudyBotDbContext>(new DbContextOptionsBuilder<PostgresStudyBotDbContext>()
                .UseNpgsql(npgsql, o => o.MigrationsHistoryTable("__ef_migrations"))
                .ConfigureWarnings(QuietExpectedConflicts)
                .Options);
        }
        else
        {
            _sqlite = new PooledDbContextFactory<SqliteStudyBotDbContext>(new DbContextOptionsBuilder<SqliteStudyBotDbContext>()
                .UseSqlite(connectionString, o => o.MigrationsHistoryTable("__ef_migrations"))
                .ConfigureWarnings(QuietExpectedConflicts)
                .AddInterceptors(SqliteConnectionSettings.Instance)
                .Options);
            _sqliteWriter = new SemaphoreSlim(1, 1);
            DataSource = new SqliteDataSource(connectionString);
        }
    }

    /// <summary>
    /// Connections for the store's hand-written commands on the answer path, where EF's per-call overhead (query
    /// translation lookup, change tracking, batching) cost more than the statements themselves. SQLite connections carry
    /// <see cref="SqliteConnectionSettings"/> and share Microsoft.Data.Sqlite's pool with EF.
    /// </summary>
    public DbDataSource DataSource { get; }

    public bool IsPostgres { get; }

    // A repeated click is caught by a unique key on purpose; EF would log each such conflict as an error. The store handles
    // those, and any other failure still surfaces as an exception that its caller logs.
    private static void QuietExpectedConflicts(WarningsConfigurationBuilder warnings) => warnings.Log(
        (CoreEventId.SaveChangesFailed, LogLevel.Debug),
        (RelationalEventId.CommandError, LogLevel.Debug));

    public string ConnectionString { get; }

    /// <summary>
    /// Saves a context's changes. SQLite has one writer at a time, and Microsoft.Data.Sqlite meets a busy database by
    /// sleeping 150 ms on the calling thread before it retries; so this process queues its own SQLite writes here, where
    /// waiting is asynchronous and in order, instead of letting them collide. PostgreSQL saves directly.
    /// </summary>
    public Task<int> SaveChangesAsync(StudyBotDbContext db, CancellationToken cancellationToken) =>
        WriteAsync(db.SaveChangesAsync, cancellationToken);

    /// <summary>Runs a write in this process's SQLite writer queue (see <see cref="SaveChangesAsync"/>); on PostgreSQL, directly.</summary>
    public async Task<T> WriteAsync<T>(Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        if (_sqliteWriter is null)
        {
            return await write(cancellationToken);
        }

        await _sqliteWriter.WaitAsync(cancellationToken);
        try
        {
            return await write(cancellationToken);
        }
        finally
        {
            _sqliteWriter.Release();
        }
    }

    public void Dispose() => DataSource.Dispose();

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    public StudyBotDbContext CreateDbContext() => IsPostgres
        ? _postgres!.CreateDbContext()
        : _sqlite!.CreateDbContext();
}
