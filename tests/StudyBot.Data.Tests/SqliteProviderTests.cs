using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Data.Providers;
using StudyBot.Tests.Shared;

namespace StudyBot.Data.Tests;

/// <summary>What the SQLite module adds: WAL, the connection settings, the background checkpoint.</summary>
public sealed class SqliteProviderTests
{
    [Fact]
    public async Task Migrate_Sqlite_TurnsOnWal()
    {
        await using var db = TestDatabase.Sqlite();
        await db.MigrateAsync();

        Assert.Equal("wal", await db.ScalarAsync("PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task Migrate_FolderMissing_CreatesIt()
    {
        await using var db = TestDatabase.Sqlite();
        var file = new SqliteConnectionStringBuilder(db.ConnectionString).DataSource;
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);

        await db.MigrateAsync();

        Assert.True(File.Exists(file));
    }

    [Fact]
    public async Task Contexts_EveryOpenOfAPooledConnection_CarriesTheSettings()
    {
        await using var db = TestDatabase.Sqlite();
        await db.MigrateAsync();

        // The settings are applied once per native connection; later opens reuse it from the pool and must still have them.
        for (var i = 0; i < 3; i++)
        {
            await using var context = db.Contexts.CreateDbContext();
            var connection = context.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous;";
            Assert.Equal(1L, (long?)await command.ExecuteScalarAsync());
            command.CommandText = "PRAGMA busy_timeout;";
            Assert.Equal(10000L, (long?)await command.ExecuteScalarAsync());
            await connection.CloseAsync();
        }
    }

    [Fact]
    public async Task CheckpointService_IsRegisteredAsAHostedServiceOnSqliteOnly()
    {
        await using var db = TestDatabase.Sqlite();
        var postgres = new ServiceCollection()
            .AddStudyBotStores(new DatabaseSettings(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=none"))
            .BuildServiceProvider();

        Assert.Contains(db.Services.GetServices<IHostedService>(), s => s is SqliteCheckpointService);
        Assert.Null(postgres.GetService<SqliteCheckpointService>());
        Assert.DoesNotContain(postgres.GetServices<IHostedService>(), s => s is SqliteCheckpointService);
    }

    [Fact]
    public async Task Checkpoint_AfterWrites_CopiesTheLogIntoTheDatabaseFile()
    {
        await using var db = TestDatabase.Sqlite();
        await db.MigrateAsync();
        var checkpointer = new SqliteCheckpointService(db.Settings, TimeProvider.System, NullLogger<SqliteCheckpointService>.Instance);
        await checkpointer.CheckpointAsync(CancellationToken.None);
        var file = new SqliteConnectionStringBuilder(db.ConnectionString).DataSource;
        var before = new FileInfo(file).Length;

        // 200 members with long names fill well over a hundred pages, below SQLite's own raised threshold: they stay in the log.
        var members = db.Get<IMemberStore>();
        for (var i = 0; i < 200; i++)
        {
            await members.EnsureMemberAsync(Platform.Discord, $"member-{i}", new string('n', 2000), CancellationToken.None);
        }

        var beforeCheckpoint = new FileInfo(file).Length;
        await checkpointer.CheckpointAsync(CancellationToken.None);

        Assert.Equal(before, beforeCheckpoint);
        Assert.True(new FileInfo(file).Length > before + (200 * 2000), $"database file {new FileInfo(file).Length} bytes, was {before}");
        Assert.Equal(2, checkpointer.Checkpoints);
    }

    [Fact]
    public async Task CheckpointService_EveryIntervalOfTheInjectedClock_Checkpoints()
    {
        await using var db = TestDatabase.Sqlite();
        await db.MigrateAsync();
        var time = new FakeTimeProvider();
        var service = new SqliteCheckpointService(db.Settings, time, NullLogger<SqliteCheckpointService>.Instance);
        await service.StartAsync(CancellationToken.None);
        try
        {
            Assert.Equal(0, service.Checkpoints);
            for (var tick = 1; tick <= 3; tick++)
            {
                time.Advance(SqliteCheckpointService.Interval);
                var deadline = DateTime.UtcNow.AddSeconds(10);
                while (service.Checkpoints < tick && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(10);
                }

                Assert.Equal(tick, service.Checkpoints);
            }
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Checkpoint_BeforeTheDatabaseExists_CreatesNoFile()
    {
        await using var db = TestDatabase.Sqlite();
        var file = new SqliteConnectionStringBuilder(db.ConnectionString).DataSource;
        var checkpointer = new SqliteCheckpointService(db.Settings, TimeProvider.System, NullLogger<SqliteCheckpointService>.Instance);

        await checkpointer.CheckpointAsync(CancellationToken.None);

        Assert.False(File.Exists(file));
        Assert.Equal(0, checkpointer.Checkpoints);
    }
}
