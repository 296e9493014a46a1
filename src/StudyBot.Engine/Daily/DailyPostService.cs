using Microsoft.Extensions.Logging;

namespace StudyBot.Engine.Daily;

/// <summary>
/// The daily post a channel's trigger asks for: posted when its day is due (a late fire still posts before the reveal
/// time, later it skips), then its reveal arranged.
/// </summary>
public sealed class DailyPostService(
    IChannelStore channels,
    DailyRoundService daily,
    IChannelScheduler scheduler,
    TimeProvider time,
    ILogger<DailyPostService> logger)
{
    /// <summary><paramref name="manual"/> (an admin's post-now) posts today's question whatever the schedule says.</summary>
    public async Task<Round?> PostIfDueAsync(long channelId, bool manual, CancellationToken cancellationToken)
    {
        var channel = await channels.FindChannelAsync(channelId, cancellationToken);
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
