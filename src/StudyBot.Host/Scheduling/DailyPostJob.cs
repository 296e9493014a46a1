using Quartz;

namespace StudyBot.Host.Scheduling;

/// <summary>Posts a channel's due question (the engine decides whether it is due). One job per channel, never run twice at once.</summary>
[DisallowConcurrentExecution]
public sealed class DailyPostJob(DailyPostService daily) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        StudyBotMetrics.DailyPostRun(context.FireTimeUtc - (context.ScheduledFireTimeUtc ?? context.FireTimeUtc) > TimeSpan.FromMinutes(1) ? "late" : "on_time");
        try
        {
            await daily.PostIfDueAsync(JobData.GetLong(context, SchedulingKeys.ChannelIdKey), JobData.GetFlag(context, SchedulingKeys.ManualKey), cancellationToken);
        }
        catch (Exception) when (StudyBotMetrics.DailyPostFailed())
        {
            throw;
        }
    }
}
