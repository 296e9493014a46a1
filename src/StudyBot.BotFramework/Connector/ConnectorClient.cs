using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using StudyBot.BotFramework.Activities;

namespace StudyBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API v3 (NOTES §2.5): reply, send, update, delete, create conversation, get a member. Each call
/// goes only to an allowed service URL, is paced per conversation, and retried on 429/412/502/503/504 honouring
/// <c>Retry-After</c>, and on a failed connection, at most <see cref="MaxAttempts"/> times (a timeout
/// <see cref="MaxTimeoutAttempts"/> times). A call fails with a
/// <see cref="ConnectorException"/> only (or is cancelled by its caller).
/// </summary>
internal sealed class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    BotTokenClient tokens,
    ServiceUrlPolicy policy,
    ConversationPacer pacer,
    TimeProvider time,
    ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "StudyBot.BotFramework.Connector";
    public const int MaxAttempts = 4;

    /// <summary>
    /// A call that timed out is tried at most this often: each try already waited the client's whole timeout, and a
    /// timed-out POST may have been delivered (a retry can then post twice).
    /// </summary>
    public const int MaxTimeoutAttempts = 2;

    /// <summary>A Retry-After longer than this is not waited for: the call fails instead.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    public static readonly TimeSpan BaseBackoff = TimeSpan.FromMilliseconds(500);

    private static readonly HashSet<int> Transient = [429, 412, 502, 503, 504];

    public async Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var response = await SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, conversationId, $"v3/conversations/{Esc(conversationId)}/activities", activity, cancellationToken);
        return response?.Id;
    }

    public async Task<string?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var response = await SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, conversationId,
            $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", activity with { ReplyToId = activityId }, cancellationToken);
        return response?.Id;
    }

    public async Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        await SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, conversationId,
            $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", activity with { Id = activityId }, cancellationToken);

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        await SendAsync<ResourceResponse>(HttpMethod.Delete, serviceUrl, conversationId,
            $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", null, cancellationToken);

    public async Task<ConversationResourceResponse?> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        await SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "create:" + parameters.TenantId, "v3/conversations", parameters, cancellationToken);

    /// <summary>
    /// One member of a conversation or team (<c>GET v3/conversations/{id}/members/{userId}</c>), with the Entra object id
    /// that mentions do not carry; null when the Connector sent nothing usable.
    /// </summary>
    public async Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
        await SendAsync<ChannelAccount>(HttpMethod.Get, serviceUrl, "members:" + conversationId,
            $"v3/conversations/{Esc(conversationId)}/members/{Esc(userId)}", null, cancellationToken);

    private static string Esc(string segment) => Uri.EscapeDataString(segment);

    private async Task<T?> SendAsync<T>(HttpMethod method, string serviceUrl, string paceKey, string path, object? body, CancellationToken cancellationToken)
        where T : class
    {
        if (!policy.TryGetBaseUri(serviceUrl, out var baseUri))
        {
            logger.LogWarning("Refused to call service URL host {Host}: not in BotFramework:AllowedServiceUrlHosts", SafeHost(serviceUrl));
            throw new ConnectorException(0, "The service URL is not allowed.");
        }

        var uri = new Uri(baseUri, path);
        var json = body is null ? null : JsonSerializer.Serialize(body, body.GetType(), ActivityJson.Options);
        var http = httpClientFactory.CreateClient(HttpClientName);
        for (var attempt = 1; ; attempt++)
        {
            if (method != HttpMethod.Delete)
            {
                await pacer.WaitAsync(paceKey, cancellationToken);
            }

            using var request = new HttpRequestMessage(method, uri);
            if (json is not null)
            {
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }

            if (await TokenAsync(cancellationToken) is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await TrySendAsync(http, request, attempt, path, cancellationToken);
            if (response is null)
            {
                StudyBotMetrics.ConnectorRetry();
                await Task.Delay(Backoff(attempt), time, cancellationToken);
                continue;
            }

            var status = (int)response.StatusCode;
            StudyBotMetrics.ConnectorResponse(status);
            if (response.IsSuccessStatusCode)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                try
                {
                    return JsonSerializer.Deserialize<T>(text, ActivityJson.Options);
                }
                catch (JsonException)
                {
                    return null;
                }
            }

            if (!Transient.Contains(status) || attempt >= MaxAttempts)
            {
                var error = await response.Content.ReadAsStringAsync(cancellationToken);
                logger.LogWarning("Connector {Method} {Path} failed with {Status}: {Error}", method, path, status, Truncate(error));
                throw new ConnectorException(status, $"The Connector answered {status}.");
            }

            var wait = RetryDelay(response, attempt);
            if (wait > MaxRetryAfter)
            {
                throw new ConnectorException(status, $"The Connector asked to wait {wait.TotalSeconds:0} s; giving up.");
            }

            logger.LogInformation("Connector answered {Status}; retrying in {Delay} ms (attempt {Attempt})", status, (int)wait.TotalMilliseconds, attempt);
            StudyBotMetrics.ConnectorRetry();
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>
    /// Sends one attempt. A timeout (the client's own, not the caller's cancellation) or a failed connection gives null
    /// while attempts remain, so the call is tried again; after the last attempt it is a <see cref="ConnectorException"/>.
    /// </summary>
    private async Task<HttpResponseMessage?> TrySendAsync(HttpClient http, HttpRequestMessage request, int attempt, string path, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var timedOut = ex is TaskCanceledException;
            if (attempt >= (timedOut ? MaxTimeoutAttempts : MaxAttempts))
            {
                logger.LogWarning("Connector {Method} {Path} {Failure} {Attempts} times; giving up", request.Method, path, timedOut ? "timed out" : "could not be reached", attempt);
                throw new ConnectorException(timedOut ? 504 : 502, timedOut ? "The Connector did not answer in time." : "The Connector could not be reached.");
            }

            logger.LogInformation("Connector {Method} {Path} {Failure} (attempt {Attempt}); retrying", request.Method, path, timedOut ? "timed out" : "could not be reached", attempt);
            return null;
        }
    }

    /// <summary>The bot's token; a token endpoint that fails or is slow is a failed call, like the Connector failing.</summary>
    private async Task<string?> TokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await tokens.GetTokenAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The bot's Connector token could not be obtained: {Error}", ex.Message);
            throw new ConnectorException(0, "The bot could not obtain a Connector token.");
        }
    }

    private TimeSpan RetryDelay(HttpResponseMessage response, int attempt)
    {
        if (response.Headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
            }

            if (retryAfter.Date is { } date)
            {
                var until = date - time.GetUtcNow();
                return until < TimeSpan.Zero ? TimeSpan.Zero : until;
            }
        }

        return Backoff(attempt);
    }

    /// <summary>Exponential backoff with jitter between half and the whole step.</summary>
    private static TimeSpan Backoff(int attempt)
    {
        var step = BaseBackoff.TotalMilliseconds * Math.Pow(2, attempt - 1);
        return TimeSpan.FromMilliseconds(step / 2 + Random.Shared.NextDouble() * step / 2);
    }

    private static string SafeHost(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? uri.Host : "(invalid)";

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300];
}
