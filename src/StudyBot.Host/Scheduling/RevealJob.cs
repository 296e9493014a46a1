using Quartz;

namespace StudyBot.Host.Scheduling;

/// <summary>Closes a daily round and posts its reveal (the engine posts it once).</summary>
[DisallowConcurrentExecution]
public sealed class RevealJob(DailyRoundService daily) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await daily.RevealAsync(JobData.GetLong(context, SchedulingKeys.RoundIdKey), cancellationToken);
}
