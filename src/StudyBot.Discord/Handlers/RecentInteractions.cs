using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace StudyBot.Discord.Handlers;

/// <summary>
/// The interaction ids seen lately, so that a repeated command (a replayed request, a duplicate gateway event) runs once.
/// An id is kept for twice the timestamp window: a replay of a request is refused by its timestamp after that anyway.
/// The set is bounded: when full, expired ids go first, then the oldest.
/// </summary>
public sealed class RecentInteractions(IOptions<DiscordOptions> options, TimeProvider time)
{
    public const int DefaultCapacity = 100_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Lock _trim = new();

    /// <summary>How many ids are kept at most (a burst of 100,000 commands in ten minutes is far above any server's).</summary>
    public int Capacity { get; init; } = DefaultCapacity;

    public int Count => _seen.Count;

    /// <summary>True the first time an id is seen within its lifetime; false for a repeat.</summary>
    public bool TryClaim(string id)
    {
        var now = time.GetUtcNow();
        var until = now + 2 * options.Value.TimestampTolerance;
        if (_seen.TryAdd(id, until))
        {
            if (_seen.Count > Capacity)
            {
                Trim(now);
            }

            return true;
        }

        // Seen before: a repeat unless its lifetime has passed, in which case this one claims it afresh.
        while (_seen.TryGetValue(id, out var expires))
        {
            if (expires > now)
            {
                return false;
            }

            if (_seen.TryUpdate(id, until, expires))
            {
                return true;
            }
        }

        return _seen.TryAdd(id, until);
    }

    private void Trim(DateTimeOffset now)
    {
        lock (_trim)
        {
            foreach (var (id, expires) in _seen)
            {
                if (expires <= now)
                {
                    _seen.TryRemove(id, out _);
                }
            }

            if (_seen.Count <= Capacity)
            {
                return;
            }

            // Still full of live ids: drop the oldest tenth at once, so a flood does not sort the set on every command.
            foreach (var (id, _) in _seen.OrderBy(e => e.Value).Take(_seen.Count - Capacity * 9 / 10).ToList())
            {
                _seen.TryRemove(id, out _);
            }
        }
    }
}
