using Quartz;

namespace StudyBot.Host.Scheduling;

/// <summary>Posts a channel's weekly digest once (the engine claims the week before posting).</summary>
[DisallowConcurrentExecution]
public sealed class WeeklyDigestJob(DigestService digests) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await digests.PostAsync(JobData.GetLong(context, SchedulingKeys.ChannelIdKey), cancellationToken);
}
