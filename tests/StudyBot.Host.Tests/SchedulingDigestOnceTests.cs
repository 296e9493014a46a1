namespace StudyBot.Host.Tests;

/// <summary>The weekly digest goes out once per channel and week: re-fired triggers, restarts and cluster nodes included.</summary>
public sealed class SchedulingDigestOnceTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Friday = new(2026, 12, 4, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task WeeklyDigestJob_FiredTwiceInOneWeek_PublishesOnce()
    {
        await using var host = await SchedulingTestHost.CreateAsync(Friday);
        var channel = await host.AddChannelAsync("09:00", "UTC");
        var trigger = new Quartz.TriggerKey($"digest.{channel.Id}", "digest");
        await host.FireAsync(trigger);
        host.Time.Advance(TimeSpan.FromHours(1));
        await host.FireAsync(trigger);

        var again = await Job(host).PostAsync(channel.Id, None);

        Assert.False(again);
        Assert.Single(host.Publisher.Digests);
    }

    [Fact]
    public async Task WeeklyDigestJob_TwoHostsOnOneDatabase_PublishOnce()
    {
        var folder = Path.Combine(Path.GetTempPath(), "studybot-sched-" + Guid.NewGuid().ToString("N"));
        await using var first = await SchedulingTestHost.CreateAsync(Friday, folder);
        await using var second = await SchedulingTestHost.CreateAsync(Friday, folder);
        var channel = await first.AddChannelAsync("09:00", "UTC");

        var published = await Task.WhenAll(Job(first).PostAsync(channel.Id, None), Job(second).PostAsync(channel.Id, None));

        Assert.Single(published, p => p);
        Assert.Equal(1, first.Publisher.Digests.Count + second.Publisher.Digests.Count);
    }

    [Fact]
    public async Task WeeklyDigestJob_AfterRestart_DoesNotRepostTheWeek()
    {
        var folder = Path.Combine(Path.GetTempPath(), "studybot-sched-" + Guid.NewGuid().ToString("N"));
        var before = await SchedulingTestHost.CreateAsync(Friday, folder);
        var channelId = (await before.AddChannelAsync("09:00", "UTC")).Id;
        Assert.True(await Job(before).PostAsync(channelId, None));
        await before.Services.DisposeAsync();
        await using var after = await SchedulingTestHost.CreateAsync(Friday.AddMinutes(5), folder);

        var published = await Job(after).PostAsync(channelId, None);

        Assert.False(published);
        Assert.Empty(after.Publisher.Digests);
    }

    [Fact]
    public async Task WeeklyDigestJob_NextWeek_PublishesAgain()
    {
        await using var host = await SchedulingTestHost.CreateAsync(Friday);
        var channel = await host.AddChannelAsync("09:00", "UTC");
        var sut = Job(host);
        await sut.PostAsync(channel.Id, None);
        host.Time.Advance(TimeSpan.FromDays(7));

        var published = await sut.PostAsync(channel.Id, None);

        Assert.True(published);
        Assert.Equal(2, host.Publisher.Digests.Count);
    }

    /// <summary>What the weekly digest job runs when its trigger fires.</summary>
    private static DigestService Job(SchedulingTestHost host) => host.Digests;
}
