using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StudyBot.Data.Providers;
using StudyBot.Data.Stores;

namespace StudyBot.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = DatabaseSettings.ConnectionStringName;

    /// <summary>
    /// Registers the stores on the configured provider (<c>Database:Provider</c>, <c>ConnectionStrings:StudyBot</c>), and
    /// <see cref="QuartzStoreSettings"/> for the scheduler. A bad setting stops start-up naming the key; until then nothing
    /// of the database can be resolved either, as the <see cref="DatabaseSettings"/> are handed out validated.
    /// </summary>
    public static IHostApplicationBuilder AddStudyBotData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => DatabaseSettings.ParseProvider(o.Provider) != DatabaseProvider.Postgres || !string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(ConnectionStringName)),
                "Database:Provider is Postgres but ConnectionStrings:StudyBot is not set.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>>(new DataDirectoryValidator(builder.Configuration));
        var settings = DatabaseSettings.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Properties[typeof(DatabaseSettings)] = settings;
        builder.Services.AddStudyBotStores(sp =>
        {
            _ = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            return settings;
        }, settings.Provider);
        return builder;
    }

    /// <summary>
    /// Quartz's store settings as <see cref="AddStudyBotData"/> registered them, for configuring Quartz while the services
    /// are still being registered (the same record is in the container).
    /// </summary>
    public static QuartzStoreSettings GetQuartzStoreSettings(this IHostApplicationBuilder builder) =>
        builder.Properties.TryGetValue(typeof(DatabaseSettings), out var settings) && settings is DatabaseSettings database
            ? ProviderModules.For(database.Provider).QuartzStore(database)
            : throw new InvalidOperationException("Call AddStudyBotData before reading the Quartz store settings.");

    /// <summary>The stores on a database given directly (tests, benchmarks); no options validation.</summary>
    public static IServiceCollection AddStudyBotStores(this IServiceCollection services, DatabaseSettings settings) =>
        services.AddStudyBotStores(_ => settings, settings.Provider);

    private static IServiceCollection AddStudyBotStores(this IServiceCollection services, Func<IServiceProvider, DatabaseSettings> settings, DatabaseProvider provider)
    {
        var module = ProviderModules.For(provider);
        services.AddSingleton(settings);
        services.AddSingleton(sp => module.QuartzStore(sp.GetRequiredService<DatabaseSettings>()));
        module.Register(services);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new WriteGate(sp.GetRequiredService<StudyBotDbContextFactory>(), sp.GetRequiredService<IWriteLane>(), sp.GetRequiredService<ISqlDialect>()));
        services.AddSingleton(sp => new SqlReads(sp.GetRequiredKeyedService<DbDataSource>(ProviderModules.DataSourceKey), sp.GetRequiredService<ISqlDialect>()));
        services.AddSingleton<RowMapper>();
        services.AddSingleton<DatabaseMigrator>();

        services.AddSingleton<IChannelStore, EfChannelStore>();
        services.AddSingleton<IMemberStore, EfMemberStore>();
        services.AddSingleton<IRoundStore, EfRoundStore>();
        services.AddSingleton<IAnswerStore, EfAnswerStore>();
        services.AddSingleton<IQuizStore, EfQuizStore>();
        services.AddSingleton<IReviewStore, EfReviewStore>();
        services.AddSingleton<IMemberConversationStore, EfMemberConversationStore>();
        services.AddSingleton<IDigestStore, EfDigestStore>();
        services.AddSingleton<IMockStore, EfMockStore>();
        services.AddSingleton<IBoardQueries, BoardQueries>();
        services.AddSingleton<IFlagStore, EfFlagStore>();
        return services;
    }
}
