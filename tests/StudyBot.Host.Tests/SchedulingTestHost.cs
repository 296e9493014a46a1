using StudyBot.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using Quartz.Extensibility;
using StudyBot.Data;
using StudyBot.Data.Providers;
using StudyBot.Engine;
using StudyBot.Host.Scheduling;

namespace StudyBot.Host.Tests;

/// <summary>
/// The engine on a real SQLite store, the scheduling services and an in-memory Quartz scheduler that is never started:
/// tests read the triggers Quartz computed and run the jobs themselves at those instants on a FakeTimeProvider.
/// </summary>
public sealed class SchedulingTestHost : IAsyncDisposable
{
    public const string BankYaml = """
        topic: sched
        title: Scheduling test questions
        questions:
          - id: s-one
            type: single
            difficulty: 1
            exams:
              - { exam: MLA-C01, domain: 1 }
            prompt: Which service labels data with human workers?
            choices:
              A: SageMaker Ground Truth
              B: Amazon Athena
              C: AWS Glue
            answer: A
            explanation: Ground Truth manages labelling workforces.
            references: [https://docs.aws.amazon.com/sagemaker/latest/dg/sms.html]
            verified: 2026-11-25
          - id: s-two
            type: single
            difficulty: 2
            exams:
              - { exam: MLA-C01, domain: 2 }
            prompt: Which option tunes hyperparameters automatically?
            choices:
              A: SageMaker Automatic Model Tuning
              B: Amazon Macie
              C: AWS Config
            answer: A
            explanation: Automatic Model Tuning searches the hyperparameter space.
            references: [https://docs.aws.amazon.com/sagemaker/latest/dg/automatic-model-tuning.html]
            verified: 2026-11-25
          - id: s-three
            type: single
            difficulty: 2
            exams:
              - { exam: MLA-C01, domain: 3 }
            prompt: Which option scores a large dataset offline?
            choices:
              A: A real-time endpoint
              B: A Batch Transform job
              C: A serverless endpoint
            answer: B
            explanation: Batch Transform runs offline over a whole dataset.
            references: [https://docs.aws.amazon.com/sagemaker/latest/dg/batch-transform.html]
            verified: 2026-11-25
        """;

    private readonly string _folder;

    private SchedulingTestHost(string folder, ServiceProvider services, FakeTimeProvider time)
    {
        _folder = folder;
        Services = services;
        Time = time;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public FakeChannelPublisher Publisher => (FakeChannelPublisher)Services.GetServices<IChannelPublisher>().Single();

    public IChannelStore Channels => Services.GetRequiredService<IChannelStore>();

    public ChannelSetupService Setup => Services.GetRequiredService<ChannelSetupService>();

    /// <summary>What the post job runs: the channel's post when it is due (or at once, manual).</summary>
    public DailyPostService Posts => Services.GetRequiredService<DailyPostService>();

    /// <summary>What the weekly digest job runs.</summary>
    public DigestService Digests => Services.GetRequiredService<DigestService>();

    public SchedulingRecovery Recovery => Services.GetRequiredService<SchedulingRecovery>();

    public static async Task<SchedulingTestHost> CreateAsync(DateTimeOffset start, string? folder = null)
    {
        folder ??= Path.Combine(Path.GetTempPath(), "studybot-sched-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "questions"));
        await File.WriteAllTextAsync(Path.Combine(folder, "questions", "sched.yaml"), BankYaml);
        TestBank.WriteCatalog(Path.Combine(folder, "questions"));
        var time = new FakeTimeProvider(start);
        var database = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "studybot.db")};Pooling=false");

        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(time);
        services.AddStudyBotStores(database);
        services.AddSingleton(QuestionBankLoader.LoadOrThrow(Path.Combine(folder, "questions")));
        services.AddSingleton<IChannelPublisher, FakeChannelPublisher>();
        services.AddStudyBotEngine();
        services.AddStudyBotSchedulingServices();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = "test-" + Guid.NewGuid().ToString("N"));
            q.UseInMemoryStore(_ => { });
            q.AddStudyBotJobTypes();
        });
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return new SchedulingTestHost(folder, provider, time);
    }

    public async Task<IScheduler> SchedulerAsync() => await Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);

    /// <summary>An admin of the channel (Discord's Manage Server) in <c>guild-1</c>.</summary>
    private static Actor Admin(string channelExternalId) =>
        new(Platform.Discord, "u-admin", "Admin", new Place(PlaceKind.Channel, "guild-1", "Guild", channelExternalId, "study"), PlatformAdmin: true);

    /// <summary>A channel set up by an admin with the given schedule (<c>setup daily</c> through the grammar and the router).</summary>
    public async Task<Channel> AddChannelAsync(string time, string zone, string? days = null, int? revealAfter = null)
    {
        var externalId = "chan-" + Guid.NewGuid().ToString("N")[..8];
        var settings = string.Join(' ', new[] { time, zone, days, revealAfter is { } r ? $"reveal_after_minutes:{r}" : null }.Where(w => w is not null));
        await AdminAsync(externalId, $"setup daily {settings}");
        return (await Channels.FindChannelAsync(Platform.Discord, externalId, CancellationToken.None))!;
    }

    /// <summary>An admin runs a setup command in the channel; the notice must say it was done.</summary>
    public Task<Notice> AdminAsync(Channel channel, string command) => AdminAsync(channel.ExternalId, command);

    private Task<Notice> AdminAsync(string channelExternalId, string command) => RunOkAsync(Services, Admin(channelExternalId), command);

    /// <summary>Runs a text command for <paramref name="actor"/> as the adapters do (grammar, then router); its notice must be a success.</summary>
    public static async Task<Notice> RunOkAsync(IServiceProvider services, Actor actor, string command)
    {
        var parsed = CommandParser.ParseText(command);
        Assert.True(parsed.Invocation is not null, parsed.Error?.Text.Render(CommandParser.Format));
        var result = await services.GetRequiredService<CommandRouter>().RunAsync(actor, parsed.Invocation, CancellationToken.None);
        var notice = Assert.IsType<NoticeResult>(result).Notice;
        Assert.True(notice.Ok, notice.Text.Render(CommandParser.Format));
        return notice;
    }

    /// <summary>
    /// Fires the trigger's job as Quartz would at the clock's current instant: the job from the container, handed a context
    /// with the stored job detail and the trigger (their job data merged).
    /// </summary>
    public async Task FireAsync(TriggerKey key, DateTimeOffset? scheduledAt = null)
    {
        var scheduler = await SchedulerAsync();
        var trigger = await scheduler.GetTrigger(key, CancellationToken.None);
        Assert.NotNull(trigger);
        var detail = await scheduler.GetJobDetail(trigger.JobKey, CancellationToken.None);
        Assert.NotNull(detail);
        using var scope = Services.CreateScope();
        var job = (IJob)scope.ServiceProvider.GetRequiredService(detail.JobType.Type);
        using var context = JobExecutionContextBuilder.For(job)
            .WithJob(detail)
            .WithTrigger(trigger)
            .WithScheduler(scheduler)
            .WithTimeProvider(Time)
            .FiredAt(Time.GetUtcNow(), scheduledAt)
            .Build();
        await job.Execute(context, context.CancellationToken);
    }

    public async Task<ITrigger?> TriggerAsync(TriggerKey key) => await (await SchedulerAsync()).GetTrigger(key, CancellationToken.None);

    /// <summary>The post trigger's fire times from <paramref name="from"/> up to <paramref name="to"/>, as Quartz computes them.</summary>
    public async Task<IReadOnlyList<DateTimeOffset>> PostFireTimesAsync(long channelId, DateTimeOffset from, DateTimeOffset to)
    {
        var trigger = await TriggerAsync(new TriggerKey($"post.{channelId}", "daily"));
        Assert.NotNull(trigger);
        var times = new List<DateTimeOffset>();
        for (var t = trigger.GetFireTimeAfter(from.AddTicks(-1)); t is { } fire && fire <= to; t = trigger.GetFireTimeAfter(fire))
        {
            times.Add(fire);
        }

        return times;
    }

    /// <summary>Fires the post trigger at each fire time, then the round's reveal trigger at its scheduled instant.</summary>
    public async Task RunDaysAsync(long channelId, IEnumerable<DateTimeOffset> fireTimes)
    {
        var rounds = Services.GetRequiredService<IRoundStore>();
        foreach (var fire in fireTimes)
        {
            Time.SetUtcNow(fire);
            await FireAsync(new TriggerKey($"post.{channelId}", "daily"), fire);
            var round = await rounds.FindDailyRoundAsync(channelId, LocalTime.LocalDate(fire, (await Channels.FindChannelAsync(channelId, CancellationToken.None))!.TimeZone), CancellationToken.None);
            Assert.NotNull(round);
            Assert.NotNull(round.MessageRef);
            var reveal = await TriggerAsync(new TriggerKey($"reveal.{round.Id}", "reveal"));
            Assert.NotNull(reveal);
            Time.SetUtcNow(reveal.StartTimeUtc);
            await FireAsync(reveal.Key, reveal.StartTimeUtc);
        }
    }

    public async ValueTask DisposeAsync()
    {
        var scheduler = await SchedulerAsync();
        await scheduler.Shutdown(false, CancellationToken.None);
        await Services.DisposeAsync();
        try
        {
            Directory.Delete(_folder, true);
        }
        catch (IOException)
        {
            // A file still held open leaves a temp folder behind; nothing to fail for.
        }
    }
}
