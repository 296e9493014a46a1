using StudyBot.Data.Providers;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;
using StudyBot.Data;
using StudyBot.Host.Startup;

namespace StudyBot.Host.Scheduling;

public static class SchedulingExtensions
{
    public const string ClusteredOnSqlite =
        "Scheduling:Clustered=true needs Database:Provider=Postgres: a SQLite file cannot be shared by several hosts. Set Database:Provider=Postgres or Scheduling:Clustered=false.";

    /// <summary>
    /// Quartz with its persistent store in the bot's database (tables made by our migrations), the channel scheduler,
    /// the post, reveal and digest jobs, and the start-up catch-up. Call after <c>AddStudyBotCore</c> and <c>AddStudyBotData</c>.
    /// </summary>
    public static WebApplicationBuilder AddStudyBotScheduling(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulingOptions>()
            .BindConfiguration(SchedulingOptions.SectionName)
            .Validate(o => o.TryGetDigestTime(out _), "Scheduling:DigestTime must be a time of day as HH:mm, e.g. 16:00.")
            .Validate<QuartzStoreSettings>((o, store) => !o.Clustered || store.SupportsClustering, ClusteredOnSqlite)
            .ValidateOnStart();
        builder.Services.AddStudyBotSchedulingServices();

        // The database layer decides the provider once; Quartz takes its store settings from there.
        var quartzStore = builder.GetQuartzStoreSettings();
        // Read as text: a value that is no true/false is reported, naming the key, by the options validation at start.
        var clustered = bool.TryParse(builder.Configuration[$"{SchedulingOptions.SectionName}:Clustered"], out var on) && on;
        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = "StudyBot");
            q.AddStudyBotJobTypes();
            q.ScheduleJob<ReviewReminderJob>(
                t => t.WithIdentity("review-reminders", "reviews").WithCronSchedule("0 * * * * ?"),
                j => j.WithIdentity(ReviewReminderJob.Key));
            q.ScheduleJob<ReviewSyncJob>(
                t => t.WithIdentity("review-sync", "reviews").WithSimpleSchedule(s => s.WithInterval(ReviewSyncJob.Interval).RepeatForever()),
                j => j.WithIdentity(ReviewSyncJob.Key));
            q.ScheduleJob<MockSweepJob>(
                t => t.WithIdentity("mock-sweep", "mocks").WithCronSchedule("30 * * * * ?"),
                j => j.WithIdentity(MockSweepJob.Key));
            q.UsePersistentStore(store =>
            {
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = quartzStore.TablePrefix;

                    // Thousands of channels share 09:00, and Discord lets 50 posts a second through: the last triggers fire
                    // minutes late. Within this threshold they are simply late, not "misfired"; handling thousands of
                    // misfires at once held the store's lock and stalled posting for half a minute.
                    o.MisfireThreshold = TimeSpan.FromMinutes(15);
                });
                store.UseSystemTextJsonSerializer();
                // Quartz names its ADO providers; which one is the database layer's choice (QuartzStoreSettings).
                if (quartzStore.SupportsClustering)
                {
                    store.UsePostgres(o => o.DataSourceFactory = _ => quartzStore.CreateDataSource());
                }
                else
                {
                    store.UseSqlite(o => o.DataSourceFactory = _ => quartzStore.CreateDataSource());
                }

                if (clustered && quartzStore.SupportsClustering)
                {
                    store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(10));
                }
            });
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SchedulingRecovery>());
        EnsureMigrationsRunFirst(builder.Services);
        // SIGTERM while Quartz opens its store ends in an orderly stop, not a logged start-up failure.
        GracefulStart.Wrap(builder.Services, type => type == typeof(QuartzHostedService));
        return builder;
    }

    /// <summary>The scheduler, digest builder and catch-up without Quartz itself (tests add an in-memory Quartz and <see cref="AddStudyBotJobTypes"/>).</summary>
    public static IServiceCollection AddStudyBotSchedulingServices(this IServiceCollection services)
    {
        services.AddOptions<SchedulingOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PostNowWaiters>();
        services.AddSingleton<QuartzChannelScheduler>();
        services.Replace(ServiceDescriptor.Singleton<IChannelScheduler>(sp => sp.GetRequiredService<QuartzChannelScheduler>()));
        services.AddSingleton<IDigestChart, DigestChart>();
        services.AddSingleton<SchedulingRecovery>();
        return services;
    }

    /// <summary>Registers the job types with Quartz so the container's <c>ValidateOnBuild</c> checks their dependencies.</summary>
    public static IQuartzBuilder AddStudyBotJobTypes(this IQuartzBuilder quartz) => quartz
        .AddJobType<DailyPostJob>()
        .AddJobType<RevealJob>()
        .AddJobType<WeeklyDigestJob>()
        .AddJobType<ReviewReminderJob>()
        .AddJobType<ReviewSyncJob>()
        .AddJobType<MockSweepJob>();

    // Hosted services start in registration order: the migrations (StartupTasks.StartingAsync) must have created the
    // Quartz tables before Quartz's hosted service opens its store.
    private static void EnsureMigrationsRunFirst(IServiceCollection services)
    {
        var hosted = services.Where(d => d.ServiceType == typeof(IHostedService)).ToList();
        var migrations = hosted.FindIndex(d => d.ImplementationType == typeof(StartupTasks));
        var quartz = hosted.FindIndex(d => d.ImplementationType == typeof(QuartzHostedService)
                                           || d.ImplementationFactory?.Method.ReturnType == typeof(QuartzHostedService));
        if (migrations < 0 || (quartz >= 0 && quartz < migrations))
        {
            throw new InvalidOperationException("AddStudyBotScheduling must be called after AddStudyBotCore, so the database is migrated before Quartz starts.");
        }
    }
}
