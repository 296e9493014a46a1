using Quartz;

namespace StudyBot.Host.Scheduling;

/// <summary>Every few seconds: the answers stored since the last run become reviews of the members' cards (off the click path).</summary>
[DisallowConcurrentExecution]
public sealed class ReviewSyncJob(ReviewService reviews) : IJob
{
    public static readonly JobKey Key = new("review-sync", "reviews");

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await reviews.SyncAsync(null, cancellationToken);
}
