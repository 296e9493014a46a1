using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Rest;

/// <summary>Discord's REST API with its rate limits, bounded retries and the invalid-request guard.</summary>
public sealed class DiscordRestClient(
    HttpClient http,
    DiscordRateLimiter limiter,
    DiscordRestCounters counters,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordRestClient> logger)
{
    public const string UserAgent = "DiscordBot (https://github.com/studybot/studybot, 1.0)";
    private const int MaxRateLimitRetries = 8;

    private volatile bool _tokenRejected;

    /// <summary>True after Discord answered 401 to the bot token: it is not used again until restart.</summary>
    public bool TokenRejected => _tokenRejected;

    public async Task<string> CreateMessageAsync(string channelId, DiscordMessage message, DiscordFile? file, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(new DiscordRestRequest(
            HttpMethod.Post, "POST /channels/{channel_id}/messages", channelId, $"channels/{Escape(channelId)}/messages",
            () => Body(message, file)), cancellationToken);
        return await ReadIdAsync(response, cancellationToken);
    }

    /// <summary>The DM channel with a user (<c>POST /users/@me/channels</c>; Discord returns the existing one when there is one).</summary>
    public async Task<string> CreateDmChannelAsync(string userId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(new DiscordRestRequest(
            HttpMethod.Post, "POST /users/@me/channels", "@me", "users/@me/channels",
            () => Json(new Dictionary<string, string> { ["recipient_id"] = userId })), cancellationToken);
        return await ReadIdAsync(response, cancellationToken);
    }

    public async Task EditMessageAsync(string channelId, string messageId, DiscordMessage message, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(new DiscordRestRequest(
            HttpMethod.Patch, "PATCH /channels/{channel_id}/messages/{message_id}", channelId,
            $"channels/{Escape(channelId)}/messages/{Escape(messageId)}", () => Body(message, null)), cancellationToken);
    }

    /// <summary>
    /// Edits the first response to an interaction (completes a deferral), with a file as <c>files[0]</c> when given (an
    /// inline interaction response cannot carry one); the token is the credential.
    /// </summary>
    public async Task EditOriginalResponseAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken, DiscordFile? file = null)
    {
        using var response = await SendAsync(new DiscordRestRequest(
            HttpMethod.Patch, "PATCH /webhooks/{application_id}/{token}/messages/@original", interactionToken,
            $"webhooks/{Escape(ApplicationId)}/{Escape(interactionToken)}/messages/@original", () => Body(message, file), UseBotToken: false),
            cancellationToken);
    }

    public Task<string> CreateFollowupAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken) =>
        CreateFollowupAsync(interactionToken, message, null, cancellationToken);

    /// <summary>A follow-up message to an interaction, with a file (a mock report's chart).</summary>
    public async Task<string> CreateFollowupAsync(string interactionToken, DiscordMessage message, DiscordFile? file, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(new DiscordRestRequest(
            HttpMethod.Post, "POST /webhooks/{application_id}/{token}", interactionToken,
            $"webhooks/{Escape(ApplicationId)}/{Escape(interactionToken)}", () => Body(message, file), UseBotToken: false), cancellationToken);
        return await ReadIdAsync(response, cancellationToken);
    }

    /// <summary>Answers an interaction through the callback route (gateway mode, where there is no HTTP response to use).</summary>
    public async Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse reply, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(new DiscordRestRequest(
            HttpMethod.Post, "POST /interactions/{interaction_id}/{token}/callback", interactionId,
            $"interactions/{Escape(interactionId)}/{Escape(interactionToken)}/callback",
            () => new StringContent(reply.ToJson(), Encoding.UTF8, "application/json"), UseBotToken: false), cancellationToken);
    }

    /// <summary>Replaces the whole command set, globally or for one guild; returns how many commands Discord now has.</summary>
    public async Task<int> BulkOverwriteCommandsAsync(string? guildId, JsonArray commands, CancellationToken cancellationToken)
    {
        var path = guildId is null
            ? $"applications/{Escape(ApplicationId)}/commands"
            : $"applications/{Escape(ApplicationId)}/guilds/{Escape(guildId)}/commands";
        var route = guildId is null ? "PUT /applications/{application_id}/commands" : "PUT /applications/{application_id}/guilds/{guild_id}/commands";
        using var response = await SendAsync(new DiscordRestRequest(
            HttpMethod.Put, route, guildId ?? ApplicationId, path,
            () => new StringContent(commands.ToJsonString(), Encoding.UTF8, "application/json")), cancellationToken);
        using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement.GetArrayLength() : 0;
    }

    /// <summary>The gateway URL and session-start limits (<c>GET /gateway/bot</c>).</summary>
    public async Task<JsonDocument> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(new DiscordRestRequest(HttpMethod.Get, "GET /gateway/bot", "-", "gateway/bot", () => null), cancellationToken);
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
    }

    /// <summary>Sends with rate limits and retries; returns a success response or throws <see cref="DiscordRestException"/>.</summary>
    public async Task<HttpResponseMessage> SendAsync(DiscordRestRequest request, CancellationToken cancellationToken)
    {
        var bucket = limiter.GetBucket(request.Route, request.MajorId);
        await limiter.EnterAsync(bucket, cancellationToken);
        try
        {
            var failures = 0;
            var rateLimited = 0;
            while (true)
            {
                if (request.UseBotToken && _tokenRejected)
                {
                    throw new DiscordRestException(HttpStatusCode.Unauthorized, null, "The Discord bot token was rejected earlier; not using it again.");
                }

                await limiter.WaitForBucketAsync(bucket, cancellationToken);
                var slot = await limiter.WaitGlobalAsync(request.UseBotToken, cancellationToken);
                HttpResponseMessage response;
                using (var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    attempt.CancelAfter(options.Value.RequestTimeout);
                    try
                    {
                        response = await http.SendAsync(Build(request), HttpCompletionOption.ResponseContentRead, attempt.Token);
                    }
                    catch (Exception ex) when (ex is HttpRequestException || ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
                    {
                        if (++failures > options.Value.MaxRetries)
                        {
                            throw new DiscordRestException(null, null, $"{request.Route} failed after {failures} attempts: {ex.Message}");
                        }

                        logger.LogWarning("Discord {Route} attempt {Attempt} failed ({Error}); retrying", request.Route, failures, ex.GetType().Name);
                        StudyBotMetrics.DiscordRetry();
                        await Task.Delay(Backoff(failures), time, cancellationToken);
                        continue;
                    }
                    finally
                    {
                        limiter.Complete(slot);
                    }
                }

                limiter.Learn(request.Route, request.MajorId, bucket, response.Headers);
                StudyBotMetrics.DiscordResponse((int)response.StatusCode);
                if (response.IsSuccessStatusCode)
                {
                    return response;
                }

                using (response)
                {
                    var status = response.StatusCode;
                    var body = await response.Content.ReadAsStringAsync(cancellationToken);
                    if (status == HttpStatusCode.TooManyRequests)
                    {
                        var (retryAfter, global, shared) = ReadRateLimit(response, body);
                        counters.CountRateLimited(shared);
                        if (++rateLimited > MaxRateLimitRetries)
                        {
                            throw new DiscordRestException(status, null, $"{request.Route} stayed rate limited after {rateLimited} tries.");
                        }

                        logger.LogWarning("Discord rate limited {Route} ({Scope}); waiting {RetryAfter} s", request.Route, global ? "global" : "bucket", retryAfter.TotalSeconds);
                        if (global)
                        {
                            limiter.PauseGlobal(retryAfter);
                        }
                        else
                        {
                            limiter.PauseBucket(bucket, retryAfter);
                        }

                        continue;
                    }

                    if ((int)status >= 500 && ++failures <= options.Value.MaxRetries)
                    {
                        logger.LogWarning("Discord {Route} answered {Status}; retry {Attempt}", request.Route, (int)status, failures);
                        StudyBotMetrics.DiscordRetry();
                        await Task.Delay(Backoff(failures), time, cancellationToken);
                        continue;
                    }

                    var code = ReadErrorCode(body);
                    if (status == HttpStatusCode.Unauthorized)
                    {
                        counters.CountUnauthorized();
                        if (request.UseBotToken)
                        {
                            _tokenRejected = true;
                            logger.LogCritical("Discord rejected the bot token (401 on {Route}). The Discord adapter stops calling the API until restarted: check Discord:BotToken.", request.Route);
                        }
                    }
                    else if (status == HttpStatusCode.Forbidden)
                    {
                        counters.CountForbidden();
                        logger.LogWarning("Discord refused {Route} (403, code {Code}): the bot lacks a permission there", request.Route, code);
                    }

                    throw new DiscordRestException(status, code, $"Discord answered {(int)status} to {request.Route}" + (code is null ? "." : $" (code {code})."));
                }
            }
        }
        finally
        {
            DiscordRateLimiter.Release(bucket);
        }
    }

    private string ApplicationId => options.Value.ApplicationId?.Trim() ?? string.Empty;

    private HttpRequestMessage Build(DiscordRestRequest request)
    {
        var message = new HttpRequestMessage(request.Method, new Uri(options.Value.ApiBaseUrl.TrimEnd('/') + "/" + request.Path)) { Content = request.Content() };
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (request.UseBotToken)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.BotToken);
        }

        return message;
    }

    private static HttpContent Json<T>(T value) =>
        new StringContent(JsonSerializer.Serialize(value, DiscordJson.Options), Encoding.UTF8, "application/json");

    private static HttpContent Body(DiscordMessage message, DiscordFile? file)
    {
        if (file is null)
        {
            return Json(message);
        }

        var form = new MultipartFormDataContent();
        form.Add(Json(message with { Attachments = [new DiscordAttachment(0, file.FileName)] }), "payload_json");
        var data = new ByteArrayContent(file.Data);
        data.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
        form.Add(data, "files[0]", file.FileName);
        return form;
    }

    private TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(250 * Math.Pow(2, attempt - 1) + Random.Shared.Next(0, 250));

    private static (TimeSpan RetryAfter, bool Global, bool Shared) ReadRateLimit(HttpResponseMessage response, string body)
    {
        double? seconds = null;
        var global = string.Equals(DiscordRateLimiter.Header(response.Headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase);
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.TryGetProperty("retry_after", out var r) && r.TryGetDouble(out var value))
            {
                seconds = value;
            }

            global |= doc.RootElement.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True;
        }
        catch (JsonException)
        {
            // Fall back to the Retry-After header below.
        }

        if (seconds is null && double.TryParse(DiscordRateLimiter.Header(response.Headers, "Retry-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var header))
        {
            seconds = header;
        }

        var shared = string.Equals(DiscordRateLimiter.Header(response.Headers, "X-RateLimit-Scope"), "shared", StringComparison.OrdinalIgnoreCase);
        return (TimeSpan.FromSeconds(Math.Clamp(seconds ?? 1, 0, 3600)), global, shared);
    }

    private static int? ReadErrorCode(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("code", out var c) && c.TryGetInt32(out var code) ? code : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<string> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return doc.RootElement.TryGetProperty("id", out var id) ? id.GetString() ?? string.Empty : string.Empty;
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
