using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Sockets;
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

    private const string ConnectionKey = "ConnectionStrings:" + DatabaseSettings.ConnectionStringName;

    public string DisplayName => "PostgreSQL";

    public DbConnectionStringBuilder Parse(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString);

    public string Location(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{DisplayName} {builder.Host}:{builder.Port}/{builder.Database}";
    }

    public string? DescribeFailure(Exception exception, string connectionString, bool connectionStringSet)
    {
        var target = Target(connectionString);
        if (ExceptionChain.Find<PostgresException>(exception) is { } refused)
        {
            return refused.SqlState switch
            {
                "28P01" or "28000" => $"PostgreSQL at {target.Server} refused user '{target.User}' ({refused.MessageText}). Check Username and Password in {ConnectionKey}.",
                "3D000" => $"PostgreSQL at {target.Server} has no database '{target.Database}'. Create it (createdb -h {target.Host} -U {target.User} {target.Database}) or change Database= in {ConnectionKey}.",
                // A missing database is created when the user may; otherwise creating it (or its tables) is refused here.
                "42501" => $"PostgreSQL user '{target.User}' was refused on {target.Server} ({refused.MessageText}). Create database '{target.Database}' for it (createdb -h {target.Host} -O {target.User} {target.Database}) or grant the rights, or use another user in {ConnectionKey}.",
                _ => null,
            };
        }

        if (ExceptionChain.Find<SocketException>(exception) is { } socket)
        {
            return $"PostgreSQL at {target.Server} is unreachable ({socket.Message}). Check that it runs and Host/Port in {ConnectionKey}.";
        }

        return exception is NpgsqlException && ExceptionChain.Find<TimeoutException>(exception) is not null
            ? $"PostgreSQL at {target.Server} did not answer in time. Check that it runs and Host/Port in {ConnectionKey}."
            : null;
    }

    private static (string Host, string Server, string User, string Database) Target(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            var host = builder.Host ?? "localhost";
            return (host, $"{host}:{builder.Port}", builder.Username ?? Environment.UserName, builder.Database ?? builder.Username ?? "postgres");
        }
        catch (ArgumentException)
        {
            return ("?", "?", "?", "?");
        }
    }
}
