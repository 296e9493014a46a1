using System.Collections.Concurrent;

namespace StudyBot.Engine.Daily;

/// <summary>
/// The product's rule for a daily question's answer count: after a click the posted question shows the new count, but at
/// most once per <see cref="Interval"/> per round, so a burst of clicks makes one edit and no click waits for the platform.
/// </summary>
public sealed class RoundCountRefresher(DailyRoundService daily, BackgroundWork background, TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private const int MaxTracked = 1000;
    private readonly ConcurrentDictionary<long, State> _states = new();

    /// <summary>Asks for a refresh of the round's posted message; returns at once.</summary>
    public void Request(long roundId)
    {
        var state = _states.GetOrAdd(roundId, _ => new State());
        lock (state)
        {
            if (state.Pending)
            {
                return;
            }

            state.Pending = true;
        }

        background.Run($"Updating the answer count of round {roundId}", cancellationToken => RunAsync(roundId, state, cancellationToken));
        if (_states.Count > MaxTracked)
        {
            Forget();
        }
    }

    private async Task RunAsync(long roundId, State state, CancellationToken cancellationToken)
    {
        try
        {
            var wait = state.LastRun + Interval - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }
        }
        finally
        {
            lock (state)
            {
                state.Pending = false;
                state.LastRun = time.GetUtcNow();
            }
        }

        await daily.RefreshCountAsync(roundId, cancellationToken);
    }

    private void Forget()
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromHours(1);
        foreach (var (id, state) in _states)
        {
            if (!state.Pending && state.LastRun < cutoff)
            {
                _states.TryRemove(id, out _);
            }
        }
    }

    private sealed class State
    {
        public bool Pending { get; set; }
        public DateTimeOffset LastRun { get; set; } = DateTimeOffset.MinValue;
    }
}
