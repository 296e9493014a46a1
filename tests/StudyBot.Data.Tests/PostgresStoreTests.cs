using StudyBot.Tests.Shared;

namespace StudyBot.Data.Tests;

public sealed class PostgresStoreTests : StoreTests
{
    protected override async Task<TestDatabase?> CreateDatabaseAsync() =>
        TestDatabase.SkipPostgres() ? null : await TestDatabase.PostgresAsync();
}
