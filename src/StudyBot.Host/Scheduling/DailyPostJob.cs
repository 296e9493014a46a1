using Quartz;

namespace StudyBot.Host.Scheduling;

/// <summary>
/// Posts a channel's due question (the engine decides whether it is due), or retries a refused one. One job per channel,
/// never run twice at once, so a retry, a post-now and the scheduled post never race to publish.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DailyPostJob(DailyPostService daily, PostNowWaiters waiters) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        StudyBotMetrics.DailyPostRun(context.FireTimeUtc - (context.ScheduledFireTimeUtc ?? context.FireTimeUtc) > TimeSpan.FromMinutes(1) ? "late" : "on_time");
        var (channelId, manual) = (JobData.GetLong(context, SchedulingKeys.ChannelIdKey), JobData.GetFlag(context, SchedulingKeys.ManualKey));
        try
        {
            var outcome = JobData.GetDate(context, SchedulingKeys.DateKey) is { } date && JobData.GetInt(context, SchedulingKeys.AttemptKey) is { } attempt
                ? await daily.RetryAsync(channelId, date, manual, attempt, cancellationToken)
                : await daily.PostIfDueAsync(channelId, manual, cancellationToken);
            if (outcome.Status == DailyPostStatus.Failed)
            {
                StudyBotMetrics.DailyPostFailed();
            }

            waiters.Complete(context.Trigger.Key, outcome);
        }
        catch (Exception ex) when (StudyBotMetrics.DailyPostFailed() || waiters.Fail(context.Trigger.Key, ex))
        {
            throw;
        }
    }
}
