using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StudyBot.Engine.Ports;

namespace StudyBot.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "StudyBot";

    /// <summary>Registers the store on the configured provider (<c>Database:Provider</c>, <c>ConnectionStrings:StudyBot</c>).</summary>
    public static IHostApplicationBuilder AddStudyBotData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => !o.IsPostgres || !string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(ConnectionStringName)),
                "Database:Provider is Postgres but ConnectionStrings:StudyBot is not set.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var configured = builder.Configuration.GetConnectionString(ConnectionStringName);
            var connectionString = string.IsNullOrWhiteSpace(configured)
                ? DefaultSqlite(builder.Environment.ContentRootPath, options.DataDirectory)
                : configured;
            return new StudyBotDbContextFactory(options.IsPostgres, connectionString);
        });
        builder.Services.AddSingleton<IStudyStore, EfStudyStore>();
        builder.Services.AddSingleton<DatabaseMigrator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SqliteCheckpointService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SqliteCheckpointService>());
        return builder;
    }

    public static string DefaultSqlite(string contentRoot, string dataDirectory) =>
        $"Data Source={Path.Combine(Path.GetFullPath(dataDirectory, contentRoot), "studybot.db")};Default Timeout=30";
}
