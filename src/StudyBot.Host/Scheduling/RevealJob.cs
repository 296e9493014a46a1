using Quartz;
using StudyBot.Engine.Services;
using StudyBot.Engine.Views;

namespace StudyBot.Host.Scheduling;

/// <summary>Closes a daily round and posts its reveal (the engine posts it once).</summary>
[DisallowConcurrentExecution]
public sealed class RevealJob(DailyRoundService daily) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await RunAsync(JobData.GetLong(context, SchedulingKeys.RoundIdKey), cancellationToken);

    public Task<RevealView?> RunAsync(long roundId, CancellationToken cancellationToken) => daily.RevealAsync(roundId, cancellationToken);
}
