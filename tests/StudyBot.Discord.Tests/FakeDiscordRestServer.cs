using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StudyBot.Discord.Tests;

/// <summary>
/// A loopback stand-in for Discord's REST API that enforces a per-channel bucket and the global limit the way Discord
/// does (429 with <c>retry_after</c>), records every request, and can be told to fail the next requests.
/// </summary>
internal sealed class FakeDiscordRestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _globalWindow = new();
    private readonly Dictionary<string, (DateTimeOffset Start, int Used)> _buckets = [];
    private readonly Dictionary<string, string> _nonces = [];
    private long _nextId = 9000;

    private FakeDiscordRestServer(WebApplication app) => _app = app;

    public int BucketLimit { get; set; } = 10;

    public TimeSpan BucketWindow { get; set; } = TimeSpan.FromMilliseconds(200);

    public int GlobalLimit { get; set; } = 50;

    /// <summary>Statuses to answer the next requests with, before any other handling.</summary>
    public ConcurrentQueue<int> FailNext { get; } = new();

    /// <summary>Delays to hold the next requests for, as a slow Discord would.</summary>
    public ConcurrentQueue<TimeSpan> DelayNext { get; } = new();

    public double GlobalRetryAfterSeconds { get; set; } = 0.3;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public ConcurrentDictionary<string, JsonNode> Messages { get; } = new();

    public int OverLimit;

    public string? GatewayBotUrl { get; set; }

    public string BaseUrl { get; private set; } = string.Empty;

    public static async Task<FakeDiscordRestServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeDiscordRestServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/api/v10";
        return server;
    }

    public IReadOnlyList<RecordedRequest> Matching(string method, string pathPart) =>
        Requests.Where(r => r.Method == method && r.Path.Contains(pathPart, StringComparison.Ordinal)).ToList();

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var contentType = request.ContentType ?? string.Empty;
        string body;
        string? fileName = null;
        string? fileField = null, fileContentType = null, fileContent = null;
        if (contentType.StartsWith("multipart/", StringComparison.Ordinal))
        {
            var form = await request.ReadFormAsync();
            body = form["payload_json"].ToString();
            var file = form.Files.FirstOrDefault();
            fileName = file?.FileName;
            if (file is not null)
            {
                using var fileReader = new StreamReader(file.OpenReadStream());
                (fileField, fileContentType, fileContent) = (file.Name, file.ContentType, await fileReader.ReadToEndAsync());
            }
        }
        else
        {
            using var reader = new StreamReader(request.Body);
            body = await reader.ReadToEndAsync();
        }

        var path = request.Path.Value ?? string.Empty;
        Requests.Enqueue(new RecordedRequest(request.Method, path, request.Headers.Authorization.ToString(), request.Headers.UserAgent.ToString(), contentType, body, fileName, fileField, fileContentType, fileContent));
        var authenticated = request.Headers.Authorization.Count > 0;
        var now = DateTimeOffset.UtcNow;
        var response = context.Response;

        if (DelayNext.TryDequeue(out var delay))
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (FailNext.TryDequeue(out var failStatus))
        {
            response.StatusCode = failStatus;
            if (failStatus == 429)
            {
                response.Headers["X-RateLimit-Global"] = "true";
                response.Headers["X-RateLimit-Scope"] = "global";
                await response.WriteAsJsonAsync(new { message = "You are being rate limited.", retry_after = GlobalRetryAfterSeconds, global = true });
            }
            else
            {
                await response.WriteAsJsonAsync(new { message = "fail", code = 0 });
            }

            return;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var isChannelPost = request.Method == "POST" && segments is [_, _, "channels", _, "messages"];
        string? limited = null;
        lock (_gate)
        {
            if (authenticated)
            {
                while (_globalWindow.Count > 0 && now - _globalWindow.Peek() >= TimeSpan.FromSeconds(1))
                {
                    _globalWindow.Dequeue();
                }

                if (_globalWindow.Count >= GlobalLimit)
                {
                    OverLimit++;
                    response.StatusCode = 429;
                    response.Headers["X-RateLimit-Global"] = "true";
                    response.Headers["X-RateLimit-Scope"] = "global";
                    return;
                }

                _globalWindow.Enqueue(now);
            }

            if (isChannelPost)
            {
                var channel = segments[3];
                var bucket = _buckets.TryGetValue(channel, out var b) && now - b.Start < BucketWindow ? b : (Start: now, Used: 0);
                if (bucket.Used >= BucketLimit)
                {
                    OverLimit++;
                    response.StatusCode = 429;
                    response.Headers["X-RateLimit-Scope"] = "user";
                    response.Headers["X-RateLimit-Bucket"] = "channel-messages";
                    var retry = (bucket.Start + BucketWindow - now).TotalSeconds;
                    limited = JsonSerializer.Serialize(new { message = "You are being rate limited.", retry_after = retry, global = false });
                }
                else
                {

                bucket.Used++;
                _buckets[channel] = bucket;
                response.Headers["X-RateLimit-Limit"] = BucketLimit.ToString(CultureInfo.InvariantCulture);
                response.Headers["X-RateLimit-Remaining"] = (BucketLimit - bucket.Used).ToString(CultureInfo.InvariantCulture);
                response.Headers["X-RateLimit-Reset-After"] = (bucket.Start + BucketWindow - now).TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
                response.Headers["X-RateLimit-Bucket"] = "channel-messages";
                }
            }
        }

        if (limited is not null)
        {
            response.ContentType = "application/json";
            await response.WriteAsync(limited);
            return;
        }

        if (request.Method == "GET" && path.EndsWith("/gateway/bot", StringComparison.Ordinal))
        {
            await response.WriteAsJsonAsync(new { url = GatewayBotUrl, shards = 1, session_start_limit = new { total = 1000, remaining = 999, reset_after = 0, max_concurrency = 1 } });
            return;
        }

        if (request.Method == "POST" && path.EndsWith("/users/@me/channels", StringComparison.Ordinal))
        {
            // The DM channel with a user: Discord answers with the channel object (type 1); one per user.
            var recipient = JsonNode.Parse(body)?["recipient_id"]?.GetValue<string>();
            if (recipient is null || !recipient.All(char.IsAsciiDigit))
            {
                response.StatusCode = 400;
                await response.WriteAsJsonAsync(new { message = "Invalid Form Body", code = 50035 });
                return;
            }

            await response.WriteAsJsonAsync(new { id = "9" + recipient, type = 1, recipients = new[] { new { id = recipient } } });
            return;
        }

        if (request.Method == "PUT" && path.EndsWith("/commands", StringComparison.Ordinal))
        {
            response.ContentType = "application/json";
            await response.WriteAsync(body);
            return;
        }

        if (request.Method is "POST" or "PATCH" && (isChannelPost || segments.Contains("webhooks") || segments.Contains("messages")))
        {
            var node = JsonNode.Parse(body) ?? new JsonObject();
            string id;
            lock (_gate)
            {
                var nonce = node["nonce"]?.GetValue<string>();
                if (isChannelPost && nonce is not null && node["enforce_nonce"]?.GetValue<bool>() == true && _nonces.TryGetValue(nonce, out var existing))
                {
                    id = existing;
                }
                else
                {
                    id = request.Method == "PATCH" ? segments[^1] : (++_nextId).ToString(CultureInfo.InvariantCulture);
                    if (nonce is not null)
                    {
                        _nonces[nonce] = id;
                    }
                }
            }

            Messages[id] = node;
            await response.WriteAsJsonAsync(new { id, channel_id = isChannelPost ? segments[3] : null });
            return;
        }

        response.StatusCode = 204;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
