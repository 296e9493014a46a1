using Microsoft.Extensions.Logging;

namespace StudyBot.Engine.Daily;

/// <summary>
/// The daily post a channel's trigger asks for: posted when its day is due (a late fire still posts before the reveal
/// time, later it skips), then its reveal arranged. A post the platform refuses is tried again with a growing wait until
/// the reveal time, through the scheduler, and never posted twice.
/// </summary>
public sealed class DailyPostService(
    IChannelStore channels,
    IRoundStore rounds,
    DailyRoundService daily,
    IChannelScheduler scheduler,
    TimeProvider time,
    ILogger<DailyPostService> logger)
{
    /// <summary><paramref name="manual"/> (an admin's post-now) posts today's question whatever the schedule says.</summary>
    public async Task<DailyPostOutcome> PostIfDueAsync(long channelId, bool manual, CancellationToken cancellationToken)
    {
        var channel = await channels.FindChannelAsync(channelId, cancellationToken);
        if (channel is null || !channel.Active)
        {
            return new DailyPostOutcome(DailyPostStatus.ChannelInactive);
        }

        var now = time.GetUtcNow();
        var date = manual ? LocalTime.LocalDate(now, channel.TimeZone) : DailySchedule.DueDate(channel, now);
        if (date is not { } due)
        {
            logger.LogInformation("Channel {ChannelId}: no post due at {Now:o} (paused, not a posting day, or past the reveal time)", channelId, now);
            return new DailyPostOutcome(DailyPostStatus.NotDue);
        }

        return await PublishAsync(channelId, due, manual, attempt: 1, cancellationToken);
    }

    /// <summary>
    /// Another try of a refused post (<paramref name="attempt"/> 2, 3 …) of the round of <paramref name="localDate"/>: only
    /// while that round is still unpublished and before its reveal time, and (unless an admin asked for it) while the
    /// channel's daily question is on.
    /// </summary>
    public async Task<DailyPostOutcome> RetryAsync(long channelId, DateOnly localDate, bool manual, int attempt, CancellationToken cancellationToken)
    {
        var channel = await channels.FindChannelAsync(channelId, cancellationToken);
        if (channel is null || !channel.Active)
        {
            return new DailyPostOutcome(DailyPostStatus.ChannelInactive);
        }

        var round = await rounds.FindDailyRoundAsync(channelId, localDate, cancellationToken);
        if (round?.MessageRef is not null)
        {
            return new DailyPostOutcome(DailyPostStatus.AlreadyPosted, round);
        }

        if (round is null || time.GetUtcNow() >= round.ClosesAt || (!manual && (!channel.DailyEnabled || channel.Paused)))
        {
            logger.LogInformation("Channel {ChannelId}: the retry of the post of {Date} is dropped (paused, off, or past the reveal time)", channelId, localDate);
            return new DailyPostOutcome(DailyPostStatus.NotDue, round);
        }

        return await PublishAsync(channelId, localDate, manual, attempt, cancellationToken);
    }

    private async Task<DailyPostOutcome> PublishAsync(long channelId, DateOnly date, bool manual, int attempt, CancellationToken cancellationToken)
    {
        var outcome = await daily.PublishAsync(channelId, date, cancellationToken);
        if (outcome.Round is { MessageRef: not null, RevealedAt: null } posted)
        {
            await scheduler.ScheduleRevealAsync(posted, cancellationToken);
        }

        if (outcome is not { Status: DailyPostStatus.Failed, Round: { } refused })
        {
            return outcome;
        }

        if (DailySchedule.RetryAt(refused, attempt, time.GetUtcNow()) is not { } retryAt)
        {
            logger.LogWarning("Channel {ChannelId}: the post of {Date} failed {Attempts} time(s); the reveal time comes before another try", channelId, date, attempt);
            return outcome;
        }

        await scheduler.ScheduleRetryAsync(channelId, date, manual, attempt + 1, retryAt, cancellationToken);
        logger.LogInformation("Channel {ChannelId}: the post of {Date} failed (attempt {Attempt}); trying again at {RetryAt:o}", channelId, date, attempt, retryAt);
        return outcome with { RetryAt = retryAt };
    }
}
