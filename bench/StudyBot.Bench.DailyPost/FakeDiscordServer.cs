using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StudyBot.Bench.DailyPost;

/// <summary>
/// A loopback stand-in for Discord's create-message route with its limits: a global limit per second (sliding window),
/// a per-channel bucket (fixed window, announced in <c>X-RateLimit-*</c>), a 429 with <c>retry_after</c> past either, and
/// <c>enforce_nonce</c>: the same nonce in a channel within the nonce window returns the first message, no new post.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    public const string BucketHash = "bench-create-message";

    private readonly WebApplication _app;
    private readonly FakeDiscordLimits _limits;
    private readonly Lock _globalGate = new();
    private readonly Queue<DateTimeOffset> _globalWindow = new();
    private readonly ConcurrentDictionary<string, ChannelState> _channels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _rateLimitedPerBucket = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FakeDiscordPost> _posts = new();
    private long _nextMessageId = 1_300_000_000_000_000_000;
    private long _requests;
    private long _deduplicated;
    private long _created;

    private FakeDiscordServer(WebApplication app, FakeDiscordLimits limits)
    {
        _app = app;
        _limits = limits;
    }

    public string ApiBaseUrl { get; private set; } = string.Empty;

    public long Requests => Interlocked.Read(ref _requests);

    public long Created => Interlocked.Read(ref _created);

    public long Deduplicated => Interlocked.Read(ref _deduplicated);

    /// <summary>Every message that was created (a repeated nonce is not one).</summary>
    public IReadOnlyCollection<FakeDiscordPost> Posts => _posts;

    /// <summary>429 answers per bucket ("global" for the global limit).</summary>
    public IReadOnlyDictionary<string, int> RateLimitedPerBucket => _rateLimitedPerBucket;

    public static async Task<FakeDiscordServer> StartAsync(FakeDiscordLimits limits)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeDiscordServer(app, limits);
        app.MapPost("/api/v10/channels/{channelId}/messages", server.CreateMessageAsync);
        app.MapPatch("/api/v10/channels/{channelId}/messages/{messageId}", () => Results.Json(new { id = "0" }));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.ApiBaseUrl = address.TrimEnd('/') + "/api/v10";
        return server;
    }

    private async Task<IResult> CreateMessageAsync(string channelId, HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        var now = DateTimeOffset.UtcNow;
        string? nonce;
        bool enforce;
        using (var body = await JsonDocument.ParseAsync(context.Request.Body))
        {
            nonce = body.RootElement.TryGetProperty("nonce", out var n) ? n.GetString() : null;
            enforce = body.RootElement.TryGetProperty("enforce_nonce", out var e) && e.ValueKind == JsonValueKind.True;
        }

        if (TakeGlobal(now) is { } globalWait)
        {
            return RateLimited(context, "global", globalWait, global: true);
        }

        var channel = _channels.GetOrAdd(channelId, _ => new ChannelState());
        lock (channel)
        {
            if (channel.WindowEnds <= now)
            {
                channel.WindowEnds = now + _limits.ChannelWindow;
                channel.Used = 0;
            }

            var resetAfter = channel.WindowEnds - now;
            if (channel.Used >= _limits.ChannelLimit)
            {
                BucketHeaders(context, 0, resetAfter);
                return RateLimited(context, "channel:" + channelId, resetAfter, global: false);
            }

            channel.Used++;
            BucketHeaders(context, _limits.ChannelLimit - channel.Used, resetAfter);
            if (enforce && nonce is not null
                && channel.Nonces.TryGetValue(nonce, out var earlier) && now - earlier.At < _limits.NonceWindow)
            {
                Interlocked.Increment(ref _deduplicated);
                return Results.Json(new { id = earlier.MessageId, channel_id = channelId, nonce });
            }

            var id = Interlocked.Increment(ref _nextMessageId).ToString(CultureInfo.InvariantCulture);
            if (nonce is not null)
            {
                channel.Nonces[nonce] = (id, now);
            }

            _posts.Enqueue(new FakeDiscordPost(channelId, id, nonce, now));
            Interlocked.Increment(ref _created);
            return Results.Json(new { id, channel_id = channelId, nonce });
        }
    }

    /// <summary>Counts the request toward the global window; the wait until a slot frees when the window is full.</summary>
    private TimeSpan? TakeGlobal(DateTimeOffset now)
    {
        lock (_globalGate)
        {
            while (_globalWindow.Count > 0 && now - _globalWindow.Peek() >= TimeSpan.FromSeconds(1))
            {
                _globalWindow.Dequeue();
            }

            if (_globalWindow.Count >= _limits.GlobalPerSecond)
            {
                return _globalWindow.Peek() + TimeSpan.FromSeconds(1) - now;
            }

            _globalWindow.Enqueue(now);
            return null;
        }
    }

    private static void BucketHeaders(HttpContext context, int remaining, TimeSpan resetAfter)
    {
        var headers = context.Response.Headers;
        headers["X-RateLimit-Bucket"] = BucketHash;
        headers["X-RateLimit-Limit"] = "5";
        headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = resetAfter.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
    }

    private IResult RateLimited(HttpContext context, string bucket, TimeSpan wait, bool global)
    {
        _rateLimitedPerBucket.AddOrUpdate(bucket, 1, (_, n) => n + 1);
        var seconds = Math.Max(0.001, wait.TotalSeconds);
        if (global)
        {
            context.Response.Headers["X-RateLimit-Global"] = "true";
        }

        context.Response.Headers["X-RateLimit-Scope"] = global ? "global" : "user";
        context.Response.Headers["Retry-After"] = Math.Ceiling(seconds).ToString(CultureInfo.InvariantCulture);
        return Results.Json(new { message = "You are being rate limited.", retry_after = Math.Round(seconds, 3), global }, statusCode: (int)HttpStatusCode.TooManyRequests);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class ChannelState
    {
        public DateTimeOffset WindowEnds { get; set; }

        public int Used { get; set; }

        public Dictionary<string, (string MessageId, DateTimeOffset At)> Nonces { get; } = new(StringComparer.Ordinal);
    }
}
