using StudyBot.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using StudyBot.Data;
using StudyBot.Engine;
using StudyBot.Engine.Model;
using StudyBot.Engine.Questions;
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

    public IStudyStore Store => Services.GetRequiredService<IStudyStore>();

    public ChannelSetupService Setup => Services.GetRequiredService<ChannelSetupService>();

    public DailyPostJob PostJob => Services.CreateScope().ServiceProvider.GetRequiredService<DailyPostJob>();

    public RevealJob RevealJob => Services.CreateScope().ServiceProvider.GetRequiredService<RevealJob>();

    public SchedulingRecovery Recovery => Services.GetRequiredService<SchedulingRecovery>();

    public static async Task<SchedulingTestHost> CreateAsync(DateTimeOffset start, string? folder = null)
    {
        folder ??= Path.Combine(Path.GetTempPath(), "studybot-sched-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "questions"));
        await File.WriteAllTextAsync(Path.Combine(folder, "questions", "sched.yaml"), BankYaml);
        TestBank.WriteCatalog(Path.Combine(folder, "questions"));
        var time = new FakeTimeProvider(start);
        var factory = new StudyBotDbContextFactory(false, $"Data Source={Path.Combine(folder, "studybot.db")};Pooling=false");
        await new DatabaseMigrator(factory, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);

        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(factory);
        services.AddSingleton(QuestionBankLoader.LoadOrThrow(Path.Combine(folder, "questions")));
        services.AddSingleton<IStudyStore, EfStudyStore>();
        services.AddSingleton<IChannelPublisher, FakeChannelPublisher>();
        services.AddStudyBotEngine();
        services.AddStudyBotSchedulingServices();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = "test-" + Guid.NewGuid().ToString("N"));
            q.UseInMemoryStore(_ => { });
            q.AddStudyBotJobTypes();
        });
        return new SchedulingTestHost(folder, services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }), time);
    }

    public async Task<IScheduler> SchedulerAsync() => await Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);

    /// <summary>A channel set up by an admin with the given schedule.</summary>
    public async Task<Channel> AddChannelAsync(string time, string zone, string? days = null, int? revealAfter = null)
    {
        var channel = await Setup.RegisterAsync(Platform.Discord, "guild-1", "Guild", "chan-" + Guid.NewGuid().ToString("N")[..8], "study", CancellationToken.None);
        var notice = await Setup.ConfigureDailyAsync(channel, true, new DailySettings(time, zone, days, null, revealAfter), CancellationToken.None);
        Assert.True(notice.Ok, notice.Message);
        return channel;
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

    /// <summary>Runs the post job at each fire time, then the reveal at its scheduled instant.</summary>
    public async Task RunDaysAsync(long channelId, IEnumerable<DateTimeOffset> fireTimes)
    {
        foreach (var fire in fireTimes)
        {
            Time.SetUtcNow(fire);
            var round = await PostJob.RunAsync(channelId, false, CancellationToken.None);
            Assert.NotNull(round);
            var reveal = await TriggerAsync(new TriggerKey($"reveal.{round.Id}", "reveal"));
            Assert.NotNull(reveal);
            Time.SetUtcNow(reveal.StartTimeUtc);
            await RevealJob.RunAsync(round.Id, CancellationToken.None);
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
