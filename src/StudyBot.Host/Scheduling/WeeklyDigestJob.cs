using Quartz;
using StudyBot.Engine.Ports;

namespace StudyBot.Host.Scheduling;

/// <summary>Posts the channel's weekly digest: the week's board, participation, the weakest domain and its chart.</summary>
[DisallowConcurrentExecution]
public sealed class WeeklyDigestJob(
    IStudyStore store,
    WeeklyDigestBuilder digests,
    IEnumerable<IChannelPublisher> publishers,
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

        var digest = await digests.BuildAsync(channel, cancellationToken);
        await publisher.PublishDigestAsync(channel, digest, cancellationToken);
        logger.LogInformation("Posted the weekly digest of channel {ChannelId}: {Participants} participants, {Answers} answers", channelId, digest.Participants, digest.Answers);
        return true;
    }
}
