using System.Collections.Concurrent;
using Quartz;

namespace StudyBot.Host.Scheduling;

/// <summary>
/// Hands the outcome of a post-now job to the admin's request that fired it, on this host. The post itself runs as a
/// Quartz job, so that it never runs beside the channel's scheduled post; on a cluster another node may run it, and the
/// request then tells the admin the post is queued.
/// </summary>
public sealed class PostNowWaiters
{
    private readonly ConcurrentDictionary<TriggerKey, TaskCompletionSource<DailyPostOutcome>> _waiting = new();

    public Task<DailyPostOutcome> Expect(TriggerKey key) =>
        _waiting.GetOrAdd(key, _ => new TaskCompletionSource<DailyPostOutcome>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Complete(TriggerKey key, DailyPostOutcome outcome)
    {
        if (_waiting.TryRemove(key, out var waiting))
        {
            waiting.TrySetResult(outcome);
        }
    }

    /// <summary>The job threw; false, so that it can serve as an exception filter that lets the exception go on.</summary>
    public bool Fail(TriggerKey key, Exception exception)
    {
        if (_waiting.TryRemove(key, out var waiting))
        {
            waiting.TrySetException(exception);
        }

        return false;
    }

    public void Forget(TriggerKey key) => _waiting.TryRemove(key, out _);
}
