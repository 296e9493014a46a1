using StudyBot.Tests.Shared;

namespace StudyBot.Data.Tests;

public sealed class SqliteStoreTests : StoreTests
{
    protected override Task<TestDatabase?> CreateDatabaseAsync() => Task.FromResult<TestDatabase?>(TestDatabase.Sqlite());

    [Fact]
    public async Task Migrate_Sqlite_TurnsOnWal()
    {
        await using var db = TestDatabase.Sqlite();
        await new DatabaseMigrator(db.Factory, Microsoft.Extensions.Logging.Abstractions.NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Contexts_EveryOpenOfAPooledConnection_CarriesTheSettings()
    {
        await using var db = TestDatabase.Sqlite();
        await new DatabaseMigrator(db.Factory, Microsoft.Extensions.Logging.Abstractions.NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);

        // The settings are applied once per native connection; later opens reuse it from the pool and must still have them.
        for (var i = 0; i < 3; i++)
        {
            await using var context = db.Factory.CreateDbContext();
            var connection = Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(context.Database);
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
    public async Task Checkpoint_AfterWrites_CopiesTheLogIntoTheDatabaseFile()
    {
        await using var db = TestDatabase.Sqlite();
        await new DatabaseMigrator(db.Factory, Microsoft.Extensions.Logging.Abstractions.NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        var checkpointer = new SqliteCheckpointService(db.Factory, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteCheckpointService>.Instance);
        await checkpointer.CheckpointAsync(CancellationToken.None);
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.ConnectionString).DataSource;
        var before = new FileInfo(file).Length;

        // 200 members with long names fill well over a hundred pages, below SQLite's own raised threshold: they stay in the log.
        var store = new EfStudyStore(db.Factory, TimeProvider.System);
        for (var i = 0; i < 200; i++)
        {
            await store.GetOrCreateMemberAsync(Engine.Model.Platform.Discord, $"member-{i}", new string('n', 2000), CancellationToken.None);
        }

        var beforeCheckpoint = new FileInfo(file).Length;
        await checkpointer.CheckpointAsync(CancellationToken.None);

        Assert.Equal(before, beforeCheckpoint);
        Assert.True(new FileInfo(file).Length > before + (200 * 2000), $"database file {new FileInfo(file).Length} bytes, was {before}");
        Assert.Equal(2, checkpointer.Checkpoints);
    }

    [Fact]
    public async Task CheckpointService_EverySecondOfTheInjectedClock_Checkpoints()
    {
        await using var db = TestDatabase.Sqlite();
        await new DatabaseMigrator(db.Factory, Microsoft.Extensions.Logging.Abstractions.NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var service = new SqliteCheckpointService(db.Factory, time, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteCheckpointService>.Instance);
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
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.ConnectionString).DataSource;
        var checkpointer = new SqliteCheckpointService(db.Factory, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteCheckpointService>.Instance);

        await checkpointer.CheckpointAsync(CancellationToken.None);

        Assert.False(File.Exists(file));
        Assert.Equal(0, checkpointer.Checkpoints);
    }
}
