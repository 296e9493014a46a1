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
}
