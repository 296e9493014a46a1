using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.Data.Providers;

/// <summary>
/// SQLite: the context pool with the connection settings on every connection, the writer thread all writes run on, and
/// the background checkpoint of the write-ahead log.
/// </summary>
internal sealed class SqliteProviderModule : IProviderModule
{
    public void Register(IServiceCollection services)
    {
        services.AddSingleton<ISqlDialect, SqliteDialect>();
        services.AddKeyedSingleton<DbDataSource>(ProviderModules.DataSourceKey, (sp, _) => new SqliteDataSource(sp.GetRequiredService<DatabaseSettings>().ConnectionString));
        services.AddSingleton(sp =>
        {
            var pool = new PooledDbContextFactory<SqliteStudyBotDbContext>(new DbContextOptionsBuilder<SqliteStudyBotDbContext>()
                .UseSqlite(sp.GetRequiredService<DatabaseSettings>().ConnectionString, o => o.MigrationsHistoryTable(ContextOptions.MigrationsHistoryTable))
                .QuietExpectedConflicts()
                .AddInterceptors(SqliteConnectionSettings.Instance)
                .Options);
            return new StudyBotDbContextFactory(pool.CreateDbContext);
        });
        services.AddSingleton<IWriteLane>(sp => new SqliteWriteLane(sp.GetRequiredKeyedService<DbDataSource>(ProviderModules.DataSourceKey), sp.GetRequiredService<ISqlDialect>()));
        services.AddSingleton<SqliteCheckpointService>();
        services.AddHostedService(sp => sp.GetRequiredService<SqliteCheckpointService>());
    }

    public QuartzStoreSettings QuartzStore(DatabaseSettings settings) =>
        new QuartzStoreSettings("SQLite-Microsoft", "Quartz.Impl.AdoJobStore.SQLiteDelegate, Quartz", "QRTZ_", settings.ConnectionString, SupportsClustering: false)
            .WithDataSource(connectionString => new SqliteDataSource(connectionString));
}
