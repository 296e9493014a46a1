using Quartz;

namespace StudyBot.Host.Scheduling;

/// <summary>Every minute: mock exams left past their time limit are submitted, and ended ones go into the review deck.</summary>
[DisallowConcurrentExecution]
public sealed class MockSweepJob(MockService mocks) : IJob
{
    public static readonly JobKey Key = new("mock-sweep", "mocks");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await mocks.SweepAsync(cancellationToken);
}
