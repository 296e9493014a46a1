using StudyBot.Tests.Shared;

namespace StudyBot.Data.Tests.Contracts;

public sealed class SqliteTarget : IStoreTarget
{
    public async Task<StoresUnderTest?> CreateAsync(TimeProvider time)
    {
        var db = TestDatabase.Sqlite(time);
        await db.MigrateAsync();
        return StoresUnderTest.On(db);
    }
}
