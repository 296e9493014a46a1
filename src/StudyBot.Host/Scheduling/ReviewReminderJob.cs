using Quartz;

namespace StudyBot.Host.Scheduling;

/// <summary>Every minute: the review reminders whose local time has come (the engine sends each at most once a day).</summary>
[DisallowConcurrentExecution]
public sealed class ReviewReminderJob(ReviewReminderService reminders) : IJob
{
    public static readonly JobKey Key = new("review-reminders", "reviews");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await reminders.SendDueAsync(cancellationToken);
}
