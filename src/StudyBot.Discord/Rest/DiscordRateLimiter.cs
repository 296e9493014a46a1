using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace StudyBot.Discord.Rest;

/// <summary>
/// Discord's limits, driven by the response headers: one bucket per route (shared once <c>X-RateLimit-Bucket</c> says so)
/// and top-level resource, plus the per-token global limit, which a global 429 pauses altogether.
/// </summary>
public sealed class DiscordRateLimiter(TimeProvider time, IOptions<DiscordOptions> options)
{
    private static readonly TimeSpan GlobalWindow = TimeSpan.FromMilliseconds(1010);
    private static readonly TimeSpan InFlightPoll = TimeSpan.FromMilliseconds(10);

    private readonly ConcurrentDictionary<string, DiscordBucket> _buckets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _routeBuckets = new(StringComparer.Ordinal);
    private readonly List<GlobalSlot> _recent = [];
    private readonly Lock _gate = new();
    private DateTimeOffset _globalPausedUntil;

    public DiscordBucket GetBucket(string route, string majorId)
    {
        var routeKey = route + "|" + majorId;
        if (_buckets.TryGetValue(routeKey, out var bucket))
        {
            return bucket;
        }

        if (_routeBuckets.TryGetValue(route, out var hash))
        {
            var shared = _buckets.GetOrAdd(hash + "|" + majorId, _ => new DiscordBucket());
            return _buckets.GetOrAdd(routeKey, shared);
        }

        return _buckets.GetOrAdd(routeKey, _ => new DiscordBucket());
    }

    /// <summary>Waits until the bucket has a request left, then holds it until <see cref="Release"/>.</summary>
    public async Task EnterAsync(DiscordBucket bucket, CancellationToken cancellationToken)
    {
        await bucket.Gate.WaitAsync(cancellationToken);
        try
        {
            await WaitForBucketAsync(bucket, cancellationToken);
        }
        catch
        {
            bucket.Gate.Release();
            throw;
        }
    }

    public async Task WaitForBucketAsync(DiscordBucket bucket, CancellationToken cancellationToken)
    {
        while (bucket.Remaining == 0)
        {
            var wait = bucket.ResetAt - time.GetUtcNow();
            if (wait <= TimeSpan.Zero)
            {
                bucket.Remaining = null;
                break;
            }

            StudyBotMetrics.RateLimitWait(wait);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    public static void Release(DiscordBucket bucket) => bucket.Gate.Release();

    /// <summary>
    /// Takes a slot of the global limit (unless exempt) and honours a global pause. A slot counts from when its request is
    /// sent until a window after its response came back, so however late a request reaches Discord, no window there holds
    /// more than the limit. Pass the slot to <see cref="Complete"/> once the response is in.
    /// </summary>
    public async Task<GlobalSlot?> WaitGlobalAsync(bool countsTowardGlobal, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                if (_globalPausedUntil > now)
                {
                    wait = _globalPausedUntil - now;
                }
                else if (!countsTowardGlobal)
                {
                    return null;
                }
                else
                {
                    _recent.RemoveAll(slot => slot.CompletedAt is { } done && now - done >= GlobalWindow);
                    if (_recent.Count < options.Value.GlobalRequestsPerSecond)
                    {
                        var slot = new GlobalSlot();
                        _recent.Add(slot);
                        return slot;
                    }

                    var earliest = _recent.Where(s => s.CompletedAt is not null).Select(s => s.CompletedAt!.Value).DefaultIfEmpty(now).Min();
                    wait = _recent.Any(s => s.CompletedAt is not null) ? earliest + GlobalWindow - now : InFlightPoll;
                    if (wait <= TimeSpan.Zero)
                    {
                        wait = InFlightPoll;
                    }
                }
            }

            StudyBotMetrics.RateLimitWait(wait);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    public void Complete(GlobalSlot? slot)
    {
        if (slot is null)
        {
            return;
        }

        lock (_gate)
        {
            slot.CompletedAt = time.GetUtcNow();
        }
    }

    public void PauseGlobal(TimeSpan duration)
    {
        lock (_gate)
        {
            var until = time.GetUtcNow() + duration;
            if (until > _globalPausedUntil)
            {
                _globalPausedUntil = until;
            }
        }
    }

    public void PauseBucket(DiscordBucket bucket, TimeSpan duration)
    {
        bucket.Remaining = 0;
        bucket.ResetAt = time.GetUtcNow() + duration;
    }

    /// <summary>Learns the bucket's window from <c>X-RateLimit-*</c>, and which routes share a bucket.</summary>
    public void Learn(string route, string majorId, DiscordBucket bucket, HttpResponseHeaders headers)
    {
        if (Header(headers, "X-RateLimit-Bucket") is { Length: > 0 } hash)
        {
            _routeBuckets[route] = hash;
            var shared = _buckets.GetOrAdd(hash + "|" + majorId, bucket);
            if (!ReferenceEquals(shared, bucket))
            {
                // Another route already holds this bucket for the resource: from now on this route waits on the same one.
                _buckets[route + "|" + majorId] = shared;
                bucket = shared;
            }
        }

        if (int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)
            && double.TryParse(Header(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter))
        {
            bucket.Remaining = remaining;
            bucket.ResetAt = time.GetUtcNow() + TimeSpan.FromSeconds(resetAfter);
        }
    }

    internal static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
