using StudyBot.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;
using StudyBot.Data;
using StudyBot.Data.Providers;
using StudyBot.Host.Scheduling;
using StudyBot.Host.Startup;

namespace StudyBot.Host.Tests;

/// <summary>The real composition: Quartz's SQLite job store on the tables our migrations create, options validation.</summary>
public sealed class SchedulingHostTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Host_OnSqlite_MigratesThenStoresTheChannelTriggersInQuartzTables()
    {
        var folder = Path.Combine(Path.GetTempPath(), "studybot-host-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "questions"));
        await File.WriteAllTextAsync(Path.Combine(folder, "questions", "sched.yaml"), SchedulingTestHost.BankYaml);
        TestBank.WriteCatalog(Path.Combine(folder, "questions"));
        await using var app = Build(folder, new Dictionary<string, string?>());

        await app.StartAsync(None);
        var admin = new Actor(Platform.Discord, "u-admin", "Admin", new Place(PlaceKind.Channel, "g", "Guild", "c", "study"), PlatformAdmin: true);
        await SchedulingTestHost.RunOkAsync(app.Services, admin, "setup daily 09:00 Europe/Berlin");
        var channel = (await app.Services.GetRequiredService<IChannelStore>().FindChannelAsync(Platform.Discord, "c", None))!;
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(None);
        var trigger = await scheduler.GetTrigger(new TriggerKey($"post.{channel.Id}", "daily"), None);
        var reminders = await scheduler.GetTrigger(new TriggerKey("review-reminders", "reviews"), None);
        await app.StopAsync(None);
        var rows = CountTriggers(app.Services.GetRequiredService<DatabaseSettings>().ConnectionString);

        Assert.IsType<QuartzChannelScheduler>(app.Services.GetRequiredService<IChannelScheduler>());
        Assert.True(scheduler.SchedulerInstanceId.Length > 0);
        var cron = Assert.IsAssignableFrom<ICronTrigger>(trigger);
        Assert.Equal("Europe/Berlin", cron.TimeZone.Id);
        Assert.Equal(CronTriggerMisfireInstruction.FireAndProceed, cron.MisfireInstruction);
        // The channel's post and digest, the review reminders' minute trigger, the review sync's and the mock sweep's.
        Assert.Equal(5, rows);
        Assert.Equal("0 * * * * ?", Assert.IsAssignableFrom<ICronTrigger>(reminders).CronExpressionString);
    }

    [Fact]
    public async Task Host_Quartz_StartsAfterTheMigrationsWithAGraceOnStop()
    {
        var folder = Path.Combine(Path.GetTempPath(), "studybot-host-" + Guid.NewGuid().ToString("N"));
        await using var app = Build(folder, []);

        var hosted = app.Services.GetServices<IHostedService>().ToList();

        var quartz = hosted.FindIndex(s => s is GracefulStart { Inner: QuartzHostedService });
        Assert.True(quartz > hosted.FindIndex(s => s is StartupTasks), "Quartz must start after the migrations");
        Assert.DoesNotContain(hosted, s => s is QuartzHostedService);
    }

    [Fact]
    public async Task Options_ClusteredOnSqlite_IsRejectedAtStartWithTheKeyName()
    {
        var folder = Path.Combine(Path.GetTempPath(), "studybot-host-" + Guid.NewGuid().ToString("N"));
        await using var app = Build(folder, new Dictionary<string, string?> { ["Scheduling:Clustered"] = "true" });

        var ex = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<StudyBot.Host.Scheduling.SchedulingOptions>>().Value);

        Assert.Contains("Scheduling:Clustered", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_BadDigestTime_IsRejected()
    {
        var folder = Path.Combine(Path.GetTempPath(), "studybot-host-" + Guid.NewGuid().ToString("N"));
        await using var app = Build(folder, new Dictionary<string, string?> { ["Scheduling:DigestTime"] = "25:99" });

        var ex = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<StudyBot.Host.Scheduling.SchedulingOptions>>().Value);

        Assert.Contains("Scheduling:DigestTime", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddStudyBotScheduling_BeforeCore_Throws()
    {
        // With the database layer registered, so that what is missing is the core (the migrations Quartz must wait for).
        var builder = WebApplication.CreateBuilder();
        builder.AddStudyBotData();

        var ex = Assert.Throws<InvalidOperationException>(() => builder.AddStudyBotScheduling());

        Assert.Contains("after AddStudyBotCore", ex.Message, StringComparison.Ordinal);
    }

    internal static WebApplication Build(string folder, Dictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Questions:Path"] = Path.Combine(folder, "questions"),
            ["Database:DataDirectory"] = folder,
            ["urls"] = "http://127.0.0.1:0",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddStudyBotCore();
        builder.AddStudyBotData();
        builder.AddStudyBotScheduling();
        services?.Invoke(builder.Services);
        return builder.Build();
    }

    private static long CountTriggers(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM QRTZ_TRIGGERS";
        return (long)command.ExecuteScalar()!;
    }
}
