using System.Collections.Concurrent;

namespace StudyBot.Data.Providers;

/// <summary>
/// One thread that runs this process's SQLite writes one at a time, in the order they came. A lock handed from one
/// request to the next made each next writer wait for the thread pool to schedule it, with the lock already its own and
/// the database idle; under a burst of clicks those gaps, and a preempted lock holder, stalled every queued click at
/// once. Here the thread goes straight from one write to the next. SQLite's async methods complete synchronously, so a
/// write occupies the thread for exactly as long as SQLite works on it.
/// </summary>
public sealed class SqliteWriterThread : IDisposable
{
    private readonly BlockingCollection<Action> _queue = [];
    private readonly Thread _thread;

    public SqliteWriterThread()
    {
        _thread = new Thread(Run) { IsBackground = true, Name = "StudyBot SQLite writer" };
        _thread.Start();
    }

    /// <summary>Queues a write and completes with its result (or its exception) once the writer thread has run it.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (cancellationToken.IsCancellationRequested)
        {
            done.SetCanceled(cancellationToken);
            return done.Task;
        }

        void Work()
        {
            if (cancellationToken.IsCancellationRequested)
            {
                done.TrySetCanceled(cancellationToken);
                return;
            }

            try
            {
                done.TrySetResult(write().GetAwaiter().GetResult());
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                done.TrySetCanceled(cancellationToken);
            }
            catch (Exception ex)
            {
                done.TrySetException(ex);
            }
        }

        try
        {
            StudyBotMetrics.WriterQueued();
            _queue.Add(Work, CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            done.TrySetException(new ObjectDisposedException(nameof(SqliteWriterThread), "The store is shutting down."));
        }

        return done.Task;
    }

    private void Run()
    {
        foreach (var work in _queue.GetConsumingEnumerable())
        {
            work();
            StudyBotMetrics.WriterDone();
        }
    }

    public void Dispose()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
            if (Thread.CurrentThread != _thread)
            {
                _thread.Join(TimeSpan.FromSeconds(10));
            }
        }
    }
}
