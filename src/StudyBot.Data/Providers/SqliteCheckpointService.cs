using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StudyBot.Data.Providers;

/// <summary>
/// Moves the SQLite write-ahead log into the database file in the background, four times a second. Left to itself SQLite
/// does this inside whichever commit fills the log to its threshold, and that commit then waits for the copy and the disk
/// sync while every click queued behind it waits too. A click writes about a dozen log pages, so a burst of 2,500 clicks a
/// second filled SQLite's threshold every half second; checkpointed once a second, the log reached it with most of it still
/// to copy (a 40 ms stall of all queued clicks, twice a second). Four times a second, the commit that meets the threshold
/// finds almost everything copied already. A passive checkpoint never blocks readers or writers. SQLite's own threshold
/// stays as a backstop (<see cref="SqliteConnectionSettings"/>), so the log stays bounded even in a process that does not
/// run this service. Only the SQLite module registers it.
/// </summary>
public sealed class SqliteCheckpointService(
    DatabaseSettings settings,
    TimeProvider time,
    ILogger<SqliteCheckpointService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>Checkpoints completed since start (for tests and benchmarks).</summary>
    public int Checkpoints => Volatile.Read(ref _checkpoints);

    private int _checkpoints;
    private bool _failing;
    private PeriodicTimer? _timer;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // The timer starts with the host, not whenever the background loop first runs.
        _timer = new PeriodicTimer(Interval, time);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_timer is not { } timer)
        {
            return;
        }

        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CheckpointAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    /// <summary>One passive checkpoint; a failure is logged (once until it recovers) and retried at the next tick.</summary>
    public async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            // ReadWrite, not ReadWriteCreate: before the first migration there is no file, and this must not make one.
            var connectionString = new SqliteConnectionStringBuilder(settings.ConnectionString) { Mode = SqliteOpenMode.ReadWrite }.ToString();
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await SqliteConnectionSettings.ApplyAsync(connection, cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            await command.ExecuteNonQueryAsync(cancellationToken);
            Interlocked.Increment(ref _checkpoints);
            if (_failing)
            {
                _failing = false;
                logger.LogInformation("SQLite checkpoints work again");
            }
        }
        catch (SqliteException ex)
        {
            if (!_failing)
            {
                _failing = true;
                logger.LogWarning(ex, "SQLite checkpoint failed; SQLite's own threshold still bounds the log, and the next try is in {Interval}", Interval);
            }
        }
    }
}
