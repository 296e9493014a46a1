using StudyBot.Engine.Telemetry;
using Quartz;
using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Services;

namespace StudyBot.Host.Scheduling;

/// <summary>
/// Posts a channel's question when its day is due (a late fire still posts before the reveal time, later it skips), then
/// schedules the reveal. One job per channel, never run twice at once, so a retry and a catch-up cannot race.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DailyPostJob(
    IStudyStore store,
    DailyRoundService daily,
    QuartzChannelScheduler scheduler,
    TimeProvider time,
    ILogger<DailyPostJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        StudyBotMetrics.DailyPostRun(context.FireTimeUtc - (context.ScheduledFireTimeUtc ?? context.FireTimeUtc) > TimeSpan.FromMinutes(1) ? "late" : "on_time");
        try
        {
            await RunAsync(JobData.GetLong(context, SchedulingKeys.ChannelIdKey), JobData.GetFlag(context, SchedulingKeys.ManualKey), cancellationToken);
        }
        catch (Exception) when (StudyBotMetrics.DailyPostFailed())
        {
            throw;
        }
    }

    /// <summary>The job's work; <paramref name="manual"/> (an admin's post-now) posts today's question whatever the schedule says.</summary>
    public async Task<Round?> RunAsync(long channelId, bool manual, CancellationToken cancellationToken)
    {
        var channel = await store.FindChannelAsync(channelId, cancellationToken);
        if (channel is null || !channel.Active)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var date = manual ? LocalTime.LocalDate(now, channel.TimeZone) : DailySchedule.DueDate(channel, now);
        if (date is null)
        {
            logger.LogInformation("Channel {ChannelId}: no post due at {Now:o} (paused, not a posting day, or past the reveal time)", channelId, now);
            return null;
        }

        var round = await daily.PostAsync(channelId, date, cancellationToken);
        if (round is { MessageRef: not null, RevealedAt: null })
        {
            await scheduler.ScheduleRevealAsync(round, cancellationToken);
        }

        return round;
    }
}
