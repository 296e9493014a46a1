using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace StudyBot.Data.Providers;

/// <summary>PostgreSQL: one data source whose connection pool EF and the hand-written statements share; writes run directly.</summary>
internal sealed class PostgresProviderModule : IProviderModule
{
    public void Register(IServiceCollection services)
    {
        services.AddSingleton<ISqlDialect, PostgresDialect>();
        services.AddKeyedSingleton<DbDataSource>(ProviderModules.DataSourceKey, (sp, _) => NpgsqlDataSource.Create(sp.GetRequiredService<DatabaseSettings>().ConnectionString));
        services.AddSingleton(sp =>
        {
            var dataSource = (NpgsqlDataSource)sp.GetRequiredKeyedService<DbDataSource>(ProviderModules.DataSourceKey);
            var pool = new PooledDbContextFactory<PostgresStudyBotDbContext>(new DbContextOptionsBuilder<PostgresStudyBotDbContext>()
                .UseNpgsql(dataSource, o => o.MigrationsHistoryTable(ContextOptions.MigrationsHistoryTable))
                .QuietExpectedConflicts()
                .Options);
            return new StudyBotDbContextFactory(pool.CreateDbContext);
        });
        services.AddSingleton<IWriteLane>(sp => new PooledWriteLane(sp.GetRequiredKeyedService<DbDataSource>(ProviderModules.DataSourceKey), sp.GetRequiredService<ISqlDialect>()));
    }

    public QuartzStoreSettings QuartzStore(DatabaseSettings settings) =>
        new QuartzStoreSettings("Npgsql", "Quartz.Impl.AdoJobStore.PostgreSQLDelegate, Quartz", "qrtz_", settings.ConnectionString, SupportsClustering: true)
            .WithDataSource(connectionString => NpgsqlDataSource.Create(connectionString));
}
