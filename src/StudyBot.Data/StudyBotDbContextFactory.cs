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
    private readonly SqliteWriterThread? _sqliteWriter;

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
            _sqliteWriter = new SqliteWriterThread();
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
    /// sleeping 150 ms on the calling thread before it retries; so this process runs its own SQLite writes one after
    /// another on one thread of their own (<see cref="SqliteWriterThread"/>), in order, instead of letting them collide.
    /// PostgreSQL saves directly.
    /// </summary>
    public Task<int> SaveChangesAsync(StudyBotDbContext db, CancellationToken cancellationToken) =>
        WriteAsync(db.SaveChangesAsync, cancellationToken);

    /// <summary>Runs a write on this process's SQLite writer thread (see <see cref="SaveChangesAsync"/>); on PostgreSQL, directly.</summary>
    public Task<T> WriteAsync<T>(Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken) =>
        _sqliteWriter is null ? write(cancellationToken) : _sqliteWriter.RunAsync(() => write(cancellationToken), cancellationToken);

    /// <summary>
    /// On SQLite, runs <paramref name="work"/> on the writer thread with the process's one writing connection, whose
    /// commands stay prepared between calls (<see cref="WriterCommand"/>) and whose page cache stays warm, as no other
    /// connection of this process writes between its statements. On PostgreSQL callers use the pool instead.
    /// </summary>
    public Task<T> WithSqliteWriterAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (_sqliteWriter is null)
        {
            throw new InvalidOperationException("The SQLite writer is only there on SQLite.");
        }

        return _sqliteWriter.RunAsync(
            async () =>
            {
                try
                {
                    if (_writerConnection is null)
                    {
                        var connection = DataSource.CreateConnection();
                        await connection.OpenAsync(cancellationToken);
                        _writerConnection = connection;
                    }

                    return await work();
                }
                catch (DbException)
                {
                    // A failed statement may leave the connection in a state worth not trusting: start afresh next time.
                    DisposeWriterConnection();
                    throw;
                }
            },
            cancellationToken);
    }

    /// <summary>A prepared command on the writing connection, parameters cleared; only inside <see cref="WithSqliteWriterAsync"/>. Not to be disposed.</summary>
    public DbCommand WriterCommand(string sql)
    {
        var connection = _writerConnection ?? throw new InvalidOperationException("WriterCommand is only for use inside WithSqliteWriterAsync.");
        if (!_writerCommands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _writerCommands[sql] = command;
        }

        command.Parameters.Clear();
        return command;
    }

    private DbConnection? _writerConnection;
    private readonly Dictionary<string, DbCommand> _writerCommands = new(StringComparer.Ordinal);

    private void DisposeWriterConnection()
    {
        foreach (var command in _writerCommands.Values)
        {
            command.Dispose();
        }

        _writerCommands.Clear();
        _writerConnection?.Dispose();
        _writerConnection = null;
    }

    public void Dispose()
    {
        _sqliteWriter?.Dispose();
        DisposeWriterConnection();
        DataSource.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        _sqliteWriter?.Dispose();
        DisposeWriterConnection();
        await DataSource.DisposeAsync();
    }

    public StudyBotDbContext CreateDbContext() => IsPostgres
        ? _postgres!.CreateDbContext()
        : _sqlite!.CreateDbContext();
}
