using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Engine.Services;

namespace StudyBot.Discord.Handlers;

/// <summary>
/// Edits a daily question's answer count in the background, at most once per <see cref="DiscordOptions.CountUpdateInterval"/>
/// per round, so a burst of clicks makes one edit and the click itself never waits for Discord.
/// </summary>
public sealed class DiscordRoundCountRefresher(
    DailyRoundService daily,
    TimeProvider time,
    IOptions<DiscordOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordRoundCountRefresher> logger)
{
    private const int MaxTracked = 1000;
    private readonly ConcurrentDictionary<long, State> _states = new();

    /// <summary>Asks for a refresh; returns at once.</summary>
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

        _ = Task.Run(() => RunAsync(roundId, state));
        if (_states.Count > MaxTracked)
        {
            Forget();
        }
    }

    private async Task RunAsync(long roundId, State state)
    {
        var cancellationToken = lifetime.ApplicationStopping;
        var released = false;
        try
        {
            var wait = state.LastRun + options.Value.CountUpdateInterval - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            lock (state)
            {
                state.Pending = false;
                state.LastRun = time.GetUtcNow();
            }

            released = true;

            await daily.RefreshCountAsync(roundId, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the next click or the reveal brings the count up to date.
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Updating the answer count of round {RoundId} failed", roundId);
        }
        finally
        {
            if (!released)
            {
                lock (state)
                {
                    state.Pending = false;
                }
            }
        }
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
