using StudyBot.Tests.Shared;

namespace StudyBot.Data.Tests;

public sealed class PostgresDatabaseTests : DatabaseContract
{
    protected override async Task<TestDatabase?> CreateDatabaseAsync(TimeProvider time) =>
        TestDatabase.SkipPostgres() ? null : await TestDatabase.PostgresAsync(time);
}
