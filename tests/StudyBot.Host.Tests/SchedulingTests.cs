using Microsoft.Extensions.DependencyInjection;
using Quartz;
using StudyBot.Host.Scheduling;

namespace StudyBot.Host.Tests;

public sealed class SchedulingTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData("Europe/Berlin", "2026-03-23T00:00:00Z", "2026-04-03T23:00:00Z")]
    [InlineData("Europe/Berlin", "2026-10-19T00:00:00Z", "2026-10-30T23:00:00Z")]
    [InlineData("America/New_York", "2026-03-02T05:00:00Z", "2026-03-13T23:00:00Z")]
    [InlineData("America/New_York", "2026-10-26T05:00:00Z", "2026-11-06T23:00:00Z")]
    public async Task PostTrigger_AcrossDaylightSavingChange_FiresAtNineLocalOnWeekdaysOnce(string zone, string from, string to)
    {
        var start = DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
        var end = DateTimeOffset.Parse(to, System.Globalization.CultureInfo.InvariantCulture);
        await using var host = await SchedulingTestHost.CreateAsync(start);
        var channel = await host.AddChannelAsync("09:00", zone);

        var fires = await host.PostFireTimesAsync(channel.Id, start, end);
        await host.RunDaysAsync(channel.Id, fires);

        Assert.Equal(10, fires.Count);
        Assert.All(fires, f => Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(LocalTime.ToLocal(f, zone).DateTime)));
        Assert.All(fires, f => Assert.InRange((int)LocalTime.ToLocal(f, zone).DayOfWeek, 1, 5));
        Assert.Equal(2, fires.Select(f => f.UtcDateTime.Hour).Distinct().Count());
        Assert.Equal(10, host.Publisher.Posts.Count);
        Assert.Equal(10, host.Publisher.Posts.Select(p => p.Round.RoundId).Distinct().Count());
        Assert.Equal(10, host.Publisher.Reveals.Count);
    }

    [Fact]
    public async Task PostTrigger_WeekdayFilter_FiresOnChosenDaysOnly()
    {
        var start = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
        await using var host = await SchedulingTestHost.CreateAsync(start);
        var channel = await host.AddChannelAsync("08:15", "UTC", "mon,wed,fri");

        var fires = await host.PostFireTimesAsync(channel.Id, start, start.AddDays(14));
        await host.RunDaysAsync(channel.Id, fires);

        Assert.Equal(6, fires.Count);
        Assert.All(fires, f => Assert.Contains(f.DayOfWeek, new[] { DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday }));
        Assert.All(fires, f => Assert.Equal(new TimeSpan(8, 15, 0), f.TimeOfDay));
        Assert.Equal(6, host.Publisher.Posts.Count);
    }

    [Fact]
    public async Task PostJob_OnDayOutsideFilter_PostsNothing()
    {
        var saturday = new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);
        await using var host = await SchedulingTestHost.CreateAsync(saturday.AddHours(-1));
        var channel = await host.AddChannelAsync("09:00", "UTC");
        host.Time.SetUtcNow(saturday);

        var round = (await host.Posts.PostIfDueAsync(channel.Id, false, None)).Round;

        Assert.Null(round);
        Assert.Empty(host.Publisher.Posts);
    }

    [Fact]
    public async Task PauseAndResume_RemoveAndRestoreThePostTrigger()
    {
        var start = new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);
        await using var host = await SchedulingTestHost.CreateAsync(start);
        var channel = await host.AddChannelAsync("09:00", "Europe/Berlin");
        var key = new TriggerKey($"post.{channel.Id}", "daily");

        await host.AdminAsync(channel, "setup pause");
        var whilePaused = await host.TriggerAsync(key);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
        var pausedPost = (await host.Posts.PostIfDueAsync(channel.Id, false, None)).Round;
        await host.AdminAsync(channel, "setup resume");
        var resumed = await host.TriggerAsync(key);

        Assert.Null(whilePaused);
        Assert.Null(pausedPost);
        Assert.Empty(host.Publisher.Posts);
        Assert.NotNull(resumed);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), resumed.GetFireTimeAfter(host.Time.GetUtcNow()));
    }

    [Fact]
    public async Task ConfigureDaily_ChangedAtRuntime_ReschedulesAtOnce()
    {
        var start = new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);
        await using var host = await SchedulingTestHost.CreateAsync(start);
        var channel = await host.AddChannelAsync("09:00", "Europe/Berlin");

        await host.AdminAsync(channel, "setup daily 10:30 America/New_York tue");
        var trigger = await host.TriggerAsync(new TriggerKey($"post.{channel.Id}", "daily"));

        Assert.NotNull(trigger);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 15, 30, 0, TimeSpan.Zero), trigger.GetFireTimeAfter(start));
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 15, 30, 0, TimeSpan.Zero), trigger.GetFireTimeAfter(trigger.GetFireTimeAfter(start)));
    }

    [Fact]
    public async Task Deactivate_RemovesAllTriggersOfTheChannel()
    {
        var start = new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);
        await using var host = await SchedulingTestHost.CreateAsync(start);
        var channel = await host.AddChannelAsync("09:00", "UTC");

        await host.Setup.DeactivateAsync(channel, None);
        var scheduler = await host.SchedulerAsync();

        Assert.False(await scheduler.Exists(new JobKey($"post.{channel.Id}", "daily"), None));
        Assert.False(await scheduler.Exists(new JobKey($"digest.{channel.Id}", "digest"), None));
    }

    [Fact]
    public async Task Recovery_RestartMidDay_PostsTheMissedQuestionOnce()
    {
        // The host was down at 09:00 Berlin (08:00Z) and comes back at 11:00 Berlin, before the 17:00 reveal.
        var start = new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);
        await using var host = await SchedulingTestHost.CreateAsync(start);
        var channel = await host.AddChannelAsync("09:00", "Europe/Berlin");
        host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

        var first = await host.Recovery.RecoverAsync(None);
        var catchUp = await host.TriggerAsync(new TriggerKey($"catchup.{channel.Id}.20261201", "daily"));
        var post = await host.TriggerAsync(new TriggerKey($"post.{channel.Id}", "daily"));
        await host.Posts.PostIfDueAsync(channel.Id, false, None);
        var second = await host.Recovery.RecoverAsync(None);
        await host.Posts.PostIfDueAsync(channel.Id, false, None);

        // The stored trigger never fired (the host was down): it stays, due at 08:00Z, and Quartz fires it late, once;
        // no catch-up trigger is added beside it.
        Assert.Equal(1, first.Posts);
        Assert.Null(catchUp);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), post!.NextFireTimeUtc);
        Assert.Equal(0, second.Posts);
        Assert.Single(host.Publisher.Posts);
    }

    [Fact]
    public async Task Recovery_PostTriggerAlreadyFired_FiresACatchUpOnce()
    {
        // The trigger fired at 09:00 Berlin, and the host died before the post went out: tomorrow is its next fire.
        var start = new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);
        await using var host = await SchedulingTestHost.CreateAsync(start);
        var channel = await host.AddChannelAsync("09:00", "Europe/Berlin");
        host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 8, 0, 1, TimeSpan.Zero));
        await host.Services.GetRequiredService<QuartzChannelScheduler>().ApplyAsync(channel, None);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

        var result = await host.Recovery.RecoverAsync(None);
        var catchUp = await host.TriggerAsync(new TriggerKey($"catchup.{channel.Id}.20261201", "daily"));
        await host.Posts.PostIfDueAsync(channel.Id, false, None);
        await host.Posts.PostIfDueAsync(channel.Id, false, None);

        Assert.Equal(1, result.Posts);
        Assert.NotNull(catchUp);
        Assert.Single(host.Publisher.Posts);
    }

    [Fact]
    public async Task Recovery_TriggersMatchingTheSettings_AreKeptAndOthersReapplied()
    {
        var start = new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);
        await using var host = await SchedulingTestHost.CreateAsync(start);
        var kept = await host.AddChannelAsync("09:00", "Europe/Berlin");
        var stale = await host.AddChannelAsync("10:00", "Europe/Berlin");
        var gone = await host.AddChannelAsync("11:00", "Europe/Berlin");
        var scheduler = await host.SchedulerAsync();
        var keptBefore = await host.TriggerAsync(new TriggerKey($"post.{kept.Id}", "daily"));

        // A settings change whose re-schedule was lost (a crash between saving and applying), and a trigger lost outright.
        var saved = await host.Channels.SaveScheduleAsync(stale.Id, stale.Schedule with { PostMinuteOfDay = (12 * 60) + 30 }, stale.ScheduleVersion, None);
        Assert.NotNull(saved);
        await scheduler.UnscheduleJob(new TriggerKey($"post.{gone.Id}", "daily"), None);
        host.Time.SetUtcNow(start.AddMinutes(30));

        await host.Recovery.RecoverAsync(None);

        var keptAfter = (ICronTrigger)(await host.TriggerAsync(new TriggerKey($"post.{kept.Id}", "daily")))!;
        var staleAfter = (ICronTrigger)(await host.TriggerAsync(new TriggerKey($"post.{stale.Id}", "daily")))!;
        var goneAfter = await host.TriggerAsync(new TriggerKey($"post.{gone.Id}", "daily"));
        Assert.Equal(keptBefore!.StartTimeUtc, keptAfter.StartTimeUtc);
        Assert.Equal(start.AddMinutes(30), staleAfter.StartTimeUtc);
        Assert.Equal("0 30 12 ? * MON,TUE,WED,THU,FRI", staleAfter.CronExpressionString);
        Assert.NotNull(goneAfter);
    }

    [Fact]
    public async Task Recovery_RestartAfterRevealTime_SkipsTheDay()
    {
        var start = new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);
        await using var host = await SchedulingTestHost.CreateAsync(start);
        var channel = await host.AddChannelAsync("09:00", "Europe/Berlin");
        host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero));

        var result = await host.Recovery.RecoverAsync(None);
        var late = (await host.Posts.PostIfDueAsync(channel.Id, false, None)).Round;

        Assert.Equal(0, result.Posts);
        Assert.Null(late);
        Assert.Empty(host.Publisher.Posts);
    }

    [Fact]
    public async Task Recovery_CrashBetweenOpenAndPublish_PostsTheSameRoundOnce()
    {
        var start = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
        await using var host = await SchedulingTestHost.CreateAsync(start.AddHours(-2));
        var channel = await host.AddChannelAsync("09:00", "Europe/Berlin");
        host.Time.SetUtcNow(start);
        var daily = host.Services.GetRequiredService<DailyRoundService>();
        var opened = await daily.OpenAsync(channel, new DateOnly(2026, 12, 1), None);
        host.Time.Advance(TimeSpan.FromMinutes(20));

        var result = await host.Recovery.RecoverAsync(None);
        var posted = (await host.Posts.PostIfDueAsync(channel.Id, false, None)).Round;
        await host.Posts.PostIfDueAsync(channel.Id, false, None);

        Assert.NotNull(opened);
        Assert.Null(opened.Value.Round.MessageRef);
        Assert.Equal(1, result.Posts);
        Assert.NotNull(posted);
        Assert.Equal(opened.Value.Round.Id, posted.Id);
        Assert.Single(host.Publisher.Posts);
    }

    [Fact]
    public async Task PostJob_SchedulesTheRevealAfterTheDelay()
    {
        var fire = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
        await using var host = await SchedulingTestHost.CreateAsync(fire.AddHours(-1));
        var channel = await host.AddChannelAsync("09:00", "Europe/Berlin", revealAfter: 90);
        host.Time.SetUtcNow(fire);

        var round = (await host.Posts.PostIfDueAsync(channel.Id, false, None)).Round;
        var reveal = await host.TriggerAsync(new TriggerKey($"reveal.{round!.Id}", "reveal"));
        host.Time.SetUtcNow(reveal!.StartTimeUtc);
        await host.FireAsync(reveal.Key);
        await host.FireAsync(reveal.Key);

        Assert.Equal(fire.AddMinutes(90), reveal.StartTimeUtc);
        Assert.Single(host.Publisher.Reveals);
    }

    [Fact]
    public async Task Recovery_RevealDueWhileDown_IsScheduledAtOnce()
    {
        var fire = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
        await using var host = await SchedulingTestHost.CreateAsync(fire.AddHours(-1));
        var channel = await host.AddChannelAsync("09:00", "Europe/Berlin", revealAfter: 60);
        host.Time.SetUtcNow(fire);
        var round = (await host.Posts.PostIfDueAsync(channel.Id, false, None)).Round;
        await (await host.SchedulerAsync()).Clear(None);
        host.Time.SetUtcNow(fire.AddHours(5));

        var result = await host.Recovery.RecoverAsync(None);
        var reveal = await host.TriggerAsync(new TriggerKey($"reveal.{round!.Id}", "reveal"));

        Assert.Equal(1, result.Reveals);
        Assert.NotNull(reveal);
        Assert.Equal(host.Time.GetUtcNow(), reveal.StartTimeUtc);
    }

    [Fact]
    public async Task PostNow_FiresThePostJobImmediately()
    {
        var now = new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
        await using var host = await SchedulingTestHost.CreateAsync(now);
        var channel = await host.AddChannelAsync("09:00", "UTC");

        await host.AdminAsync(channel, "setup post-now");
        var scheduler = await host.SchedulerAsync();
        var triggers = await scheduler.QueryTriggers(new TriggerQuery(), None);
        var postNow = Assert.Single(triggers.Items, t => t.Key.Name.StartsWith($"now.{channel.Id}.", StringComparison.Ordinal));

        // Saturday is no posting day: only the trigger's manual flag makes the job post.
        await host.FireAsync(postNow.Key);
        var manual = await host.Services.GetRequiredService<IRoundStore>().FindLatestDailyRoundAsync(channel.Id, None);

        Assert.NotNull(manual);
        Assert.NotNull(manual.MessageRef);
        Assert.Single(host.Publisher.Posts);
    }

    [Fact]
    public void Cron_ForWeekdaysAtNine_IsQuartzExpression()
    {
        var channel = new Channel { ExternalId = "c", PostMinuteOfDay = 9 * 60, Days = Weekdays.Monday | Weekdays.Tuesday | Weekdays.Wednesday | Weekdays.Thursday | Weekdays.Friday };

        var cron = SchedulingCron.Post(channel);

        Assert.Equal("0 0 9 ? * MON,TUE,WED,THU,FRI", cron);
        Assert.True(CronExpression.TryParse(cron, out _));
    }
}
