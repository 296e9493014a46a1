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
    // A little slack over one second so a request that arrives late does not land in the next window on Discord's side.
    private static readonly TimeSpan GlobalWindow = TimeSpan.FromMilliseconds(1050);

    private readonly ConcurrentDictionary<string, DiscordBucket> _buckets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _routeBuckets = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _recent = new();
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

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    public static void Release(DiscordBucket bucket) => bucket.Gate.Release();

    /// <summary>Takes a slot of the global limit (unless exempt) and honours a global pause.</summary>
    public async Task WaitGlobalAsync(bool countsTowardGlobal, CancellationToken cancellationToken)
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
                    return;
                }
                else
                {
                    while (_recent.Count > 0 && now - _recent.Peek() >= GlobalWindow)
                    {
                        _recent.Dequeue();
                    }

                    if (_recent.Count < options.Value.GlobalRequestsPerSecond)
                    {
                        _recent.Enqueue(now);
                        return;
                    }

                    wait = _recent.Peek() + GlobalWindow - now;
                }
            }

            await Task.Delay(wait, time, cancellationToken);
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
            _buckets.TryAdd(hash + "|" + majorId, bucket);
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
