using StudyBot.Tests.Shared;

namespace StudyBot.Data.Tests;

public sealed class SqliteDatabaseTests : DatabaseContract
{
    protected override Task<TestDatabase?> CreateDatabaseAsync(TimeProvider time) => Task.FromResult<TestDatabase?>(TestDatabase.Sqlite(time));
}
