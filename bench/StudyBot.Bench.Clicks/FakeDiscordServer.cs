using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StudyBot.Bench.Clicks;

/// <summary>
/// A loopback stand-in for Discord's REST API: channel posts and edits and interaction webhooks answer 200 with
/// Discord-like <c>X-RateLimit-*</c> headers (5 requests per 5 s per route and resource), so the bot's limiter runs as in
/// production without ever being refused.
/// </summary>
internal sealed class FakeDiscordServer : IAsyncDisposable
{
    private const int BucketLimit = 5;
    private static readonly TimeSpan BucketWindow = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonObject> _posted = new(StringComparer.Ordinal);
    private long _nextMessageId = 1_300_000_000_000_000_000;
    private int _edits;
    private int _posts;
    private int _webhooks;

    private FakeDiscordServer(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
    }

    public string ApiBaseUrl { get; private set; } = string.Empty;

    public int Posts => Volatile.Read(ref _posts);

    public int Edits => Volatile.Read(ref _edits);

    public int Webhooks => Volatile.Read(ref _webhooks);

    public static async Task<FakeDiscordServer> StartAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeDiscordServer(app, time);
        app.MapPost("/api/v10/channels/{channelId}/messages", (Delegate)server.CreateMessageAsync);
        app.MapPatch("/api/v10/channels/{channelId}/messages/{messageId}", (Delegate)server.EditMessageAsync);
        app.MapMethods("/api/v10/webhooks/{applicationId}/{token}/{**rest}", ["POST", "PATCH"], (Delegate)server.WebhookAsync);
        app.MapMethods("/api/v10/interactions/{id}/{token}/callback", ["POST"], (Delegate)server.WebhookAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.ApiBaseUrl = address.TrimEnd('/') + "/api/v10";
        return server;
    }

    /// <summary>The message last posted into a channel, with the id this fake gave it.</summary>
    public JsonObject? PostedMessage(string channelId) => _posted.TryGetValue(channelId, out var message) ? message : null;

    private async Task<IResult> CreateMessageAsync(HttpContext context, string channelId)
    {
        var message = await ReadObjectAsync(context.Request);
        var id = Interlocked.Increment(ref _nextMessageId).ToString(CultureInfo.InvariantCulture);
        message["id"] = id;
        message["channel_id"] = channelId;
        message["type"] = 0;
        message["flags"] = 0;
        _posted[channelId] = message;
        Interlocked.Increment(ref _posts);
        SetRateLimit(context.Response, "channels/" + channelId + "/messages:post");
        return Results.Text(message.ToJsonString(), "application/json");
    }

    private async Task<IResult> EditMessageAsync(HttpContext context, string channelId, string messageId)
    {
        var message = await ReadObjectAsync(context.Request);
        message["id"] = messageId;
        message["channel_id"] = channelId;
        Interlocked.Increment(ref _edits);
        SetRateLimit(context.Response, "channels/" + channelId + "/messages:patch");
        return Results.Text(message.ToJsonString(), "application/json");
    }

    private async Task<IResult> WebhookAsync(HttpContext context)
    {
        var message = await ReadObjectAsync(context.Request);
        message["id"] = Interlocked.Increment(ref _nextMessageId).ToString(CultureInfo.InvariantCulture);
        Interlocked.Increment(ref _webhooks);
        return Results.Text(message.ToJsonString(), "application/json");
    }

    private static async Task<JsonObject> ReadObjectAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject ?? [];
        }
        catch (System.Text.Json.JsonException)
        {
            // Multipart posts (files) are accepted without being read.
            return [];
        }
    }

    private void SetRateLimit(HttpResponse response, string bucket)
    {
        var now = _time.GetUtcNow();
        var window = _windows.GetOrAdd(bucket, _ => new Window());
        int used;
        DateTimeOffset resetAt;
        lock (window)
        {
            if (now >= window.ResetAt)
            {
                window.ResetAt = now + BucketWindow;
                window.Used = 0;
            }

            used = ++window.Used;
            resetAt = window.ResetAt;
        }

        var resetAfter = Math.Max(0, (resetAt - now).TotalSeconds);
        response.Headers["X-RateLimit-Limit"] = BucketLimit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Remaining"] = Math.Max(0, BucketLimit - used).ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset"] = (resetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("F3", CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset-After"] = resetAfter.ToString("F3", CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Bucket"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(bucket)))[..16];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class Window
    {
        public DateTimeOffset ResetAt { get; set; } = DateTimeOffset.MinValue;

        public int Used { get; set; }
    }
}
