using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace StudyBot.Engine.Common;

/// <summary>
/// Work that outlives the request that started it (a count refresh, a reply finished after the acknowledgement). Every
/// such task is tracked here, its failure logged, and the host waits for the ones still running when it stops.
/// </summary>
public sealed class BackgroundWork(ILogger<BackgroundWork> logger)
{
    private readonly ConcurrentDictionary<int, Task> _running = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _next;

    /// <summary>Cancelled when the host begins to stop.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public int Count => _running.Count;

    /// <summary>Starts <paramref name="work"/> now, off the caller's path.</summary>
    public void Run(string what, Func<CancellationToken, Task> work)
    {
        var id = Interlocked.Increment(ref _next);

        // Registered before it can start: work that finished at once would otherwise be removed before it was added,
        // and be counted (and waited for at shutdown) for good.
        var registered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var task = Task.Run(async () =>
        {
            await registered.Task;
            try
            {
                await work(_stopping.Token);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                logger.LogDebug("{Work} stopped with the host", what);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "{Work} failed", what);
            }
            finally
            {
                _running.TryRemove(id, out _);
            }
        });
        _running[id] = task;
        registered.SetResult();
    }

    /// <summary>Asks running work to stop and waits for it, at most <paramref name="timeout"/>.</summary>
    public async Task DrainAsync(TimeSpan timeout)
    {
        await _stopping.CancelAsync();
        var all = Task.WhenAll(_running.Values);
        await Task.WhenAny(all, Task.Delay(timeout));
    }
}
