using Quartz;
using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Services;

namespace StudyBot.Host.Scheduling;

/// <summary>
/// Posts the channel's weekly digest: the week's board, participation, the weakest domain and its chart. The digest of a
/// week is claimed in the store (unique channel and week start) before it is posted, so a re-fired trigger, a restart or a
/// second cluster node never posts it twice; a host that dies between the claim and the post leaves that week without one.
/// </summary>
[DisallowConcurrentExecution]
public sealed class WeeklyDigestJob(
    IStudyStore store,
    WeeklyDigestBuilder digests,
    IEnumerable<IChannelPublisher> publishers,
    TimeProvider time,
    ILogger<WeeklyDigestJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await RunAsync(JobData.GetLong(context, SchedulingKeys.ChannelIdKey), cancellationToken);

    /// <summary>True when a digest was published.</summary>
    public async Task<bool> RunAsync(long channelId, CancellationToken cancellationToken)
    {
        var channel = await store.FindChannelAsync(channelId, cancellationToken);
        if (channel is not { Active: true, DailyEnabled: true, Paused: false })
        {
            return false;
        }

        var publisher = publishers.FirstOrDefault(p => p.Platform == channel.Platform);
        if (publisher is null)
        {
            logger.LogWarning("No {Platform} adapter is configured; the digest of channel {ChannelId} is not posted", channel.Platform, channelId);
            return false;
        }

        var now = time.GetUtcNow();
        var weekStart = LocalTime.LocalDate(LocalTime.WeekStart(now, channel.TimeZone), channel.TimeZone);
        var (claim, created) = await store.AddDigestOrGetExistingAsync(new Digest { ChannelId = channelId, WeekStart = weekStart, ClaimedAt = now }, cancellationToken);
        if (!created)
        {
            logger.LogInformation("The digest of channel {ChannelId} for the week of {WeekStart} was already {State}; not posting it again",
                channelId, weekStart, claim.PublishedAt is null ? "claimed" : "posted");
            return false;
        }

        var digest = await digests.BuildAsync(channel, cancellationToken);
        await publisher.PublishDigestAsync(channel, digest, cancellationToken);
        claim.PublishedAt = time.GetUtcNow();
        await store.UpdateDigestAsync(claim, cancellationToken);
        logger.LogInformation("Posted the weekly digest of channel {ChannelId}: {Participants} participants, {Answers} answers", channelId, digest.Participants, digest.Answers);
        return true;
    }
}
