using System.Data.Common;
using Microsoft.Data.Sqlite;
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

    public string DisplayName => "SQLite";

    public DbConnectionStringBuilder Parse(string connectionString) => new SqliteConnectionStringBuilder(connectionString);

    public string Location(string connectionString) => $"{DisplayName} {new SqliteConnectionStringBuilder(connectionString).DataSource}";

    public string? DescribeFailure(Exception exception, string connectionString, bool connectionStringSet)
    {
        string file, folder;
        try
        {
            file = new SqliteConnectionStringBuilder(connectionString).DataSource;
            folder = Path.GetDirectoryName(Path.GetFullPath(file)) ?? file;
        }
        catch (ArgumentException)
        {
            // The settings' validation reports a connection string or folder that cannot even be read.
            return null;
        }

        var reason = exception switch
        {
            UnauthorizedAccessException => "permission denied",
            IOException io => io.Message.TrimEnd('.'),
            SqliteException { SqliteErrorCode: 14 } => "the file cannot be created or opened there",
            SqliteException { SqliteErrorCode: 8 } => "the file or folder is read-only",
            SqliteException { SqliteErrorCode: 10 } => "a disk I/O error",
            _ => null,
        };
        return reason is null
            ? null
            : $"The SQLite database {file} cannot be written ({reason}). Make {folder} writable for this user, or "
              + (connectionStringSet ? $"change Data Source= in ConnectionStrings:{DatabaseSettings.ConnectionStringName} to a writable place." : "set Database:DataDirectory to a writable folder.");
    }
}
