using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StudyBot.Data.Providers;

namespace StudyBot.Data.Tests;

public sealed class DataRegistrationTests
{
    private static HostApplicationBuilder Builder(params (string Key, string? Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Path.GetTempPath() });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        return builder;
    }

    [Fact]
    public void AddStudyBotData_NoConfiguration_SqliteFileInTheDataDirectory()
    {
        var builder = Builder();

        builder.AddStudyBotData();
        using var services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var settings = services.GetRequiredService<DatabaseSettings>();
        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal(DatabaseSettings.DefaultSqlite(Path.GetTempPath(), "data"), settings.ConnectionString);
        var quartz = builder.GetQuartzStoreSettings();
        Assert.Equal(("SQLite-Microsoft", "Quartz.Impl.AdoJobStore.SQLiteDelegate, Quartz", "QRTZ_", false), (quartz.ProviderName, quartz.DriverDelegateType, quartz.TablePrefix, quartz.SupportsClustering));
        Assert.Equal(quartz with { }, services.GetRequiredService<QuartzStoreSettings>() with { });
        Assert.Equal(settings.ConnectionString, services.GetRequiredService<QuartzStoreSettings>().ConnectionString);
    }

    [Fact]
    public void AddStudyBotData_Postgres_RegistersEveryPortAsSingletonsOnPostgres()
    {
        var builder = Builder(("Database:Provider", "Postgres"), ("ConnectionStrings:StudyBot", "Host=127.0.0.1;Port=1;Database=none"));

        builder.AddStudyBotData();
        using var services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        foreach (var port in new[] { typeof(IChannelStore), typeof(IMemberStore), typeof(IRoundStore), typeof(IAnswerStore), typeof(IQuizStore), typeof(IDigestStore), typeof(IBoardQueries) })
        {
            Assert.Same(services.GetRequiredService(port), services.GetRequiredService(port));
            Assert.Equal(ServiceLifetime.Singleton, builder.Services.Single(d => d.ServiceType == port).Lifetime);
        }

        Assert.IsType<PostgresDialect>(services.GetRequiredService<ISqlDialect>());
        var quartz = services.GetRequiredService<QuartzStoreSettings>();
        Assert.Equal(("Npgsql", "Quartz.Impl.AdoJobStore.PostgreSQLDelegate, Quartz", "qrtz_", true), (quartz.ProviderName, quartz.DriverDelegateType, quartz.TablePrefix, quartz.SupportsClustering));
        Assert.Equal("Host=127.0.0.1;Port=1;Database=none", quartz.ConnectionString);
    }

    [Theory]
    [InlineData("Oracle", null, "Database:Provider must be Sqlite or Postgres")]
    [InlineData("postgres", null, "Database:Provider must be Sqlite or Postgres")]
    [InlineData("Postgres", null, "ConnectionStrings:StudyBot")]
    public void AddStudyBotData_BadSetting_EveryUseOfTheDatabaseStopsNamingTheKey(string provider, string? connection, string message)
    {
        var builder = Builder(("Database:Provider", provider), ("ConnectionStrings:StudyBot", connection));

        builder.AddStudyBotData();
        using var services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IMemberStore>());
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<DatabaseMigrator>());
    }

    [Theory]
    [InlineData("", "Database:DataDirectory is empty")]
    [InlineData("data\0dir", "Database:DataDirectory holds a character that no path may contain")]
    public void AddStudyBotData_DataDirectoryNamingNoFolder_RegistersThenStopsNamingTheKey(string dataDirectory, string message)
    {
        var builder = Builder(("Database:DataDirectory", dataDirectory));

        builder.AddStudyBotData();
        using var services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IMemberStore>());
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddStudyBotData_MigrateOnStartNotABoolean_LeavesTheErrorToTheOptionsWhichNameTheKey()
    {
        var builder = Builder(("Database:MigrateOnStart", "maybe"));

        builder.AddStudyBotData();
        using var services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        Assert.Contains("Database:MigrateOnStart", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetQuartzStoreSettings_BeforeAddStudyBotData_SaysWhatToCall()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Builder().GetQuartzStoreSettings());

        Assert.Contains("AddStudyBotData", error.Message, StringComparison.Ordinal);
    }
}
