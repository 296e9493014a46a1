
namespace StudyBot.Host.Scheduling;

/// <summary>
/// On start (after the migrations of <c>StartupTasks</c>): re-applies every channel's schedule where the stored triggers
/// do not match it, makes sure the post of a day still due goes out (the host was down at post time: its stored trigger
/// fires late; or it crashed between opening and publishing: a catch-up trigger), and schedules the reveals of
/// published rounds that are not revealed yet, at once when their close passed while the host was down.
/// Through Quartz, so on a cluster each catch-up runs on one node only; the engine's unique key keeps it to one post anyway.
/// </summary>
public sealed class SchedulingRecovery(
    IChannelStore channelStore,
    IRoundStore rounds,
    QuartzChannelScheduler scheduler,
    TimeProvider time,
    ILogger<SchedulingRecovery> logger) : IHostedLifecycleService
{
    /// <summary>How many recent rounds per channel are checked for a missing reveal.</summary>
    public const int RecentRounds = 3;

    public async Task<SchedulingRecoveryResult> RecoverAsync(CancellationToken cancellationToken)
    {
        var channels = await channelStore.ListScheduledChannelsAsync(cancellationToken);
        var posts = 0;
        var reveals = 0;
        foreach (var channel in channels)
        {
            var pendingFire = await scheduler.EnsureAppliedAsync(channel, cancellationToken);
            var now = time.GetUtcNow();
            if (DailySchedule.DueDate(channel, now) is { } due
                && await rounds.FindDailyRoundAsync(channel.Id, due, cancellationToken) is not { MessageRef: not null })
            {
                posts++;
                if (pendingFire is { } fire && fire <= now)
                {
                    // The stored trigger has not fired yet (the host went down before its turn): Quartz fires it late,
                    // once, and a catch-up trigger beside it would only run the job a second time for nothing.
                    logger.LogInformation("Channel {ChannelId}: the post of {Date} is still due; its own trigger fires it now", channel.Id, due);
                }
                else
                {
                    logger.LogInformation("Channel {ChannelId}: the post of {Date} is still due; posting it now", channel.Id, due);
                    await scheduler.FirePostAsync(channel.Id, SchedulingKeys.CatchUpTrigger(channel.Id, due), manual: false, cancellationToken);
                }
            }

            foreach (var round in await rounds.ListDailyRoundsAsync(channel.Id, RecentRounds, cancellationToken))
            {
                if (round is { MessageRef: not null, RevealedAt: null })
                {
                    await scheduler.ScheduleRevealAsync(round, cancellationToken);
                    reveals++;
                }
            }
        }

        return new SchedulingRecoveryResult(channels.Count, posts, reveals);
    }

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await RecoverAsync(cancellationToken);
            logger.LogInformation("Schedules recovered: {Channels} channels, {Posts} missed posts due, {Reveals} reveals scheduled", result.Channels, result.Posts, result.Reveals);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped while starting: each step is a transaction of its own, and the next start recovers the rest.
            logger.LogInformation("Schedule recovery stopped with the host; the next start completes it");
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
