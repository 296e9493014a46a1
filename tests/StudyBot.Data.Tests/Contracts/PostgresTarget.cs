using StudyBot.Tests.Shared;

namespace StudyBot.Data.Tests.Contracts;

public sealed class PostgresTarget : IStoreTarget
{
    public async Task<StoresUnderTest?> CreateAsync(TimeProvider time)
    {
        if (TestDatabase.SkipPostgres())
        {
            return null;
        }

        var db = await TestDatabase.PostgresAsync(time);
        await db.MigrateAsync();
        return StoresUnderTest.On(db);
    }
}
