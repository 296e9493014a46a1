using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace StudyBot.Host.Tests;

/// <summary>A daily post the platform refuses is tried again through Quartz retry triggers, with growing waits, until it is out.</summary>
public sealed class SchedulingRetryTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    // Tuesday 1 December 2026, the channel posts at 09:00 UTC.
    private static readonly DateTimeOffset PostTime = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PostJob_RefusedThreeTimes_RetriesAfterOneTwoAndFourMinutesAndPostsOnce()
    {
        await using var host = await SchedulingTestHost.CreateAsync(PostTime.AddHours(-1));
        var channel = await host.AddChannelAsync("09:00", "UTC");
        host.Publisher.RefuseNext = 3;
        host.Time.SetUtcNow(PostTime);

        await host.FireAsync(new TriggerKey($"post.{channel.Id}", "daily"), PostTime);
        var retries = new List<DateTimeOffset>();
        for (var attempt = 2; await host.TriggerAsync(Retry(channel, attempt)) is { } trigger; attempt++)
        {
            retries.Add(trigger.StartTimeUtc);
            host.Time.SetUtcNow(trigger.StartTimeUtc);
            await host.FireAsync(trigger.Key, trigger.StartTimeUtc);
        }

        await host.FireAsync(Retry(channel, 4), PostTime.AddMinutes(7));
        var round = await host.Services.GetRequiredService<IRoundStore>().FindDailyRoundAsync(channel.Id, new DateOnly(2026, 12, 1), None);

        Assert.Equal([PostTime.AddMinutes(1), PostTime.AddMinutes(3), PostTime.AddMinutes(7)], retries);
        Assert.Equal(4, host.Publisher.Attempts);
        Assert.Single(host.Publisher.Posts);
        Assert.NotNull(round?.MessageRef);
        Assert.NotNull(await host.TriggerAsync(new TriggerKey($"reveal.{round.Id}", "reveal")));
    }

    [Fact]
    public async Task PostJob_RefusedUntilTheReveal_LastRetryComesBeforeTheRevealTime()
    {
        await using var host = await SchedulingTestHost.CreateAsync(PostTime.AddHours(-1));
        var channel = await host.AddChannelAsync("09:00", "UTC", revealAfter: 60);
        host.Publisher.RefuseNext = int.MaxValue;
        host.Time.SetUtcNow(PostTime);

        await host.FireAsync(new TriggerKey($"post.{channel.Id}", "daily"), PostTime);
        var last = PostTime;
        for (var attempt = 2; await host.TriggerAsync(Retry(channel, attempt)) is { } trigger; attempt++)
        {
            last = trigger.StartTimeUtc;
            host.Time.SetUtcNow(last);
            await host.FireAsync(trigger.Key, last);
        }

        // 09:00, then 1, 3, 7, 15 and 31 minutes past; the next (61) would be after the reveal at 10:00.
        Assert.Equal(6, host.Publisher.Attempts);
        Assert.Equal(PostTime.AddMinutes(31), last);
        Assert.Empty(host.Publisher.Posts);
    }

    [Fact]
    public async Task Pause_AfterARefusedPost_DropsItsRetry()
    {
        await using var host = await SchedulingTestHost.CreateAsync(PostTime.AddHours(-1));
        var channel = await host.AddChannelAsync("09:00", "UTC");
        host.Publisher.RefuseNext = 1;
        host.Time.SetUtcNow(PostTime);
        await host.FireAsync(new TriggerKey($"post.{channel.Id}", "daily"), PostTime);
        var before = await host.TriggerAsync(Retry(channel, 2));

        await host.AdminAsync(channel, "setup pause");
        var after = await host.TriggerAsync(Retry(channel, 2));

        Assert.NotNull(before);
        Assert.Null(after);
        Assert.Equal(1, host.Publisher.Attempts);
        Assert.Empty(host.Publisher.Posts);
    }

    [Fact]
    public async Task PostNow_OnARunningScheduler_TellsTheAdminWhatTheJobDid()
    {
        var folder = Path.Combine(Path.GetTempPath(), "studybot-postnow-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "questions"));
        await File.WriteAllTextAsync(Path.Combine(folder, "questions", "sched.yaml"), SchedulingTestHost.BankYaml);
        StudyBot.Tests.Shared.TestBank.WriteCatalog(Path.Combine(folder, "questions"));
        var publisher = new FakeChannelPublisher { RefuseNext = 1 };
        await using var app = SchedulingHostTests.Build(folder, [], s => s.AddSingleton<IChannelPublisher>(publisher));
        await app.StartAsync(None);
        var admin = new Actor(Platform.Discord, "u-admin", "Admin", new Place(PlaceKind.Channel, "g", "Guild", "c", "study"), PlatformAdmin: true);
        await SchedulingTestHost.RunOkAsync(app.Services, admin, "setup daily 09:00 UTC");

        var refused = await PostNowAsync(app.Services, admin);
        var posted = await PostNowAsync(app.Services, admin);
        var again = await PostNowAsync(app.Services, admin);
        await app.StopAsync(None);

        Assert.Equal(NoticeKind.Failed, refused.Kind);
        Assert.Contains("Discord refused it. StudyBot tries again at", refused.Text.Render(CommandParser.Format), StringComparison.Ordinal);
        Assert.Equal("Today's question is posted.", posted.Text.Render(CommandParser.Format));
        Assert.Equal(NoticeKind.Info, again.Kind);
        Assert.Single(publisher.Posts);
    }

    private static async Task<Notice> PostNowAsync(IServiceProvider services, Actor admin)
    {
        var result = await services.GetRequiredService<CommandRouter>().RunAsync(admin, CommandParser.ParseText("setup post-now").Invocation!, None);
        return Assert.IsType<NoticeResult>(result).Notice;
    }

    private static TriggerKey Retry(Channel channel, int attempt) => new($"retry.{channel.Id}.20261201.{attempt}", "daily");
}
