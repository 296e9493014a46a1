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
}
