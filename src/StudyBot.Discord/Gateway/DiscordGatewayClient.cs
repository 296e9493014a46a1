using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Discord.Handlers;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Gateway;

/// <summary>
/// Gateway mode: connects out to Discord over a WebSocket, keeps the session alive (heartbeats, resume, re-identify) and
/// answers <c>INTERACTION_CREATE</c> with the same handlers as the HTTP endpoint, through the callback route.
/// </summary>
public sealed class DiscordGatewayClient(
    DiscordRestClient rest,
    DiscordInteractionDispatcher dispatcher,
    DiscordGatewayState state,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordGatewayClient> logger) : BackgroundService
{
    /// <summary>GUILDS only: interactions need no privileged intent (no message content, members or presences).</summary>
    public const int Intents = 1;

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private const int MaxMessageBytes = 4 * 1024 * 1024;

    private string? _identifyUrl;
    private string? _sessionId;
    private string? _resumeUrl;
    private long? _sequence;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var attempt = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            state.Set(GatewayStatus.Connecting);
            GatewaySessionEnd end;
            try
            {
                end = await RunSessionAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException or JsonException or OperationCanceledException)
            {
                end = new GatewaySessionEnd(false, false, false, ex.GetType().Name);
            }
            catch (DiscordRestException ex)
            {
                end = new GatewaySessionEnd(ex.Status == System.Net.HttpStatusCode.Unauthorized, false, false, ex.Message);
            }

            if (end.Fatal)
            {
                state.Set(GatewayStatus.Failed, end.Reason);
                logger.LogCritical("Discord gateway stopped for good: {Reason}. Check Discord:BotToken and the bot's settings; the adapter will not reconnect.", end.Reason);
                return;
            }

            state.Set(GatewayStatus.Disconnected, end.Reason);
            attempt = end.WasReady ? 0 : attempt + 1;
            var delay = end.Immediate ? TimeSpan.Zero : Backoff(attempt);
            logger.LogInformation("Discord gateway disconnected ({Reason}); reconnecting in {Delay} ms ({Mode})",
                end.Reason, (int)delay.TotalMilliseconds, CanResume ? "resume" : "identify");
            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        state.Set(GatewayStatus.Disconnected, "stopped");
    }

    private bool CanResume => _sessionId is not null && _resumeUrl is not null && _sequence is not null;

    private async Task<GatewaySessionEnd> RunSessionAsync(CancellationToken stoppingToken)
    {
        var resume = CanResume;
        var url = resume ? _resumeUrl! : await IdentifyUrlAsync(stoppingToken);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(WithQuery(url), stoppingToken);
        var session = new Session(socket);
        using var sessionCts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        Task heartbeat = Task.CompletedTask;
        try
        {
            var hello = await ReceiveAsync(socket, stoppingToken);
            if (hello is not { Op: GatewayOpcode.Hello, D: { } helloData })
            {
                return Closed(socket, false, "no HELLO");
            }

            var interval = TimeSpan.FromMilliseconds(helloData.GetProperty("heartbeat_interval").GetDouble());
            heartbeat = HeartbeatAsync(session, interval, sessionCts.Token);
            if (resume)
            {
                await SendAsync(session, new { op = GatewayOpcode.Resume, d = new { token = options.Value.BotToken, session_id = _sessionId, seq = _sequence } }, stoppingToken);
            }
            else
            {
                await SendAsync(session, new
                {
                    op = GatewayOpcode.Identify,
                    d = new { token = options.Value.BotToken, intents = Intents, properties = new { os = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), browser = "StudyBot", device = "StudyBot" } },
                }, stoppingToken);
            }

            var wasReady = false;
            while (true)
            {
                GatewayPayload? payload;
                try
                {
                    payload = await ReceiveAsync(socket, stoppingToken);
                }
                catch (Exception ex) when (session.Zombie && ex is WebSocketException or OperationCanceledException && !stoppingToken.IsCancellationRequested)
                {
                    return new GatewaySessionEnd(false, true, wasReady, "no heartbeat ACK (zombie connection)");
                }

                if (payload is null)
                {
                    return Closed(socket, wasReady, null);
                }

                switch (payload.Op)
                {
                    case GatewayOpcode.Dispatch:
                        _sequence = payload.S ?? _sequence;
                        if (payload.T == "READY" && payload.D is { } ready)
                        {
                            _sessionId = ready.GetProperty("session_id").GetString();
                            _resumeUrl = ready.TryGetProperty("resume_gateway_url", out var r) ? r.GetString() : url;
                            wasReady = true;
                            state.Set(GatewayStatus.Ready);
                            logger.LogInformation("Discord gateway ready");
                        }
                        else if (payload.T == "RESUMED")
                        {
                            wasReady = true;
                            state.Set(GatewayStatus.Ready);
                            logger.LogInformation("Discord gateway session resumed");
                        }
                        else if (payload.T == "INTERACTION_CREATE" && payload.D is { } data)
                        {
                            _ = Task.Run(() => AnswerAsync(data, stoppingToken), CancellationToken.None);
                        }

                        break;
                    case GatewayOpcode.Heartbeat:
                        await SendHeartbeatAsync(session, stoppingToken);
                        break;
                    case GatewayOpcode.HeartbeatAck:
                        session.Acked = true;
                        break;
                    case GatewayOpcode.Reconnect:
                        await CloseAsync(socket, (WebSocketCloseStatus)4000);
                        return new GatewaySessionEnd(false, true, wasReady, "Discord asked to reconnect");
                    case GatewayOpcode.InvalidSession:
                        var resumable = payload.D is { ValueKind: JsonValueKind.True };
                        if (!resumable)
                        {
                            ForgetSession();
                        }

                        await CloseAsync(socket, (WebSocketCloseStatus)4000);
                        return new GatewaySessionEnd(false, false, wasReady, resumable ? "invalid session (resumable)" : "invalid session");
                }
            }
        }
        finally
        {
            await sessionCts.CancelAsync();
            try
            {
                await heartbeat;
            }
            catch (OperationCanceledException)
            {
                // The heartbeat ends with its session.
            }
        }
    }

    private GatewaySessionEnd Closed(ClientWebSocket socket, bool wasReady, string? reason)
    {
        var code = (int?)socket.CloseStatus ?? 0;
        if (GatewayOpcode.IsFatalClose(code))
        {
            return new GatewaySessionEnd(true, false, wasReady, $"close code {code} {socket.CloseStatusDescription}".TrimEnd());
        }

        if (GatewayOpcode.ForbidsResume(code))
        {
            ForgetSession();
        }

        return new GatewaySessionEnd(false, false, wasReady, reason ?? $"closed with code {code}");
    }

    private void ForgetSession()
    {
        _sessionId = null;
        _resumeUrl = null;
        _sequence = null;
    }

    private async Task HeartbeatAsync(Session session, TimeSpan interval, CancellationToken cancellationToken)
    {
        // The first beat waits a random part of the interval so a fleet of reconnecting bots does not beat in step.
        await Task.Delay(interval * Random.Shared.NextDouble(), time, cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (!session.Acked)
            {
                logger.LogWarning("Discord gateway missed a heartbeat ACK; dropping the connection to resume");
                session.Zombie = true;
                session.Socket.Abort();
                return;
            }

            session.Acked = false;
            await SendHeartbeatAsync(session, cancellationToken);
            await Task.Delay(interval, time, cancellationToken);
        }
    }

    private Task SendHeartbeatAsync(Session session, CancellationToken cancellationToken) =>
        SendAsync(session, new { op = GatewayOpcode.Heartbeat, d = _sequence }, cancellationToken);

    private async Task AnswerAsync(JsonElement data, CancellationToken cancellationToken)
    {
        Interaction? interaction = null;
        try
        {
            if (!InteractionParser.TryParse(data, out interaction, out var problem) || interaction is not { Id: { } id, Token: { } token })
            {
                logger.LogInformation("Ignored a malformed Discord interaction from the gateway: {Problem}", problem.Length > 0 ? problem : "no id or token");
                return;
            }

            var response = await dispatcher.DispatchAsync(interaction, cancellationToken);
            await rest.CreateInteractionResponseAsync(id, token, response, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or DiscordRestException)
        {
            logger.LogWarning("Answering Discord interaction {InteractionId} from the gateway failed: {Error}", interaction?.Id, ex.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            // A background task: an unexpected failure must reach the log, not vanish with the task.
            logger.LogError(ex, "Handling Discord interaction {InteractionId} from the gateway failed", interaction?.Id);
        }
    }

    private async Task<string> IdentifyUrlAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.GatewayUrl))
        {
            return options.Value.GatewayUrl;
        }

        using var doc = await rest.GetGatewayBotAsync(cancellationToken);
        var root = doc.RootElement;
        if (root.TryGetProperty("session_start_limit", out var limit)
            && limit.TryGetProperty("remaining", out var remaining) && remaining.GetInt32() <= 0
            && limit.TryGetProperty("reset_after", out var resetAfter))
        {
            var wait = TimeSpan.FromMilliseconds(resetAfter.GetDouble());
            logger.LogWarning("Discord's daily session starts are used up; waiting {Minutes} min before identifying", (int)wait.TotalMinutes);
            await Task.Delay(wait, time, cancellationToken);
        }

        _identifyUrl = root.GetProperty("url").GetString() ?? _identifyUrl;
        return _identifyUrl ?? throw new JsonException("GET /gateway/bot returned no url.");
    }

    private TimeSpan Backoff(int attempt)
    {
        var baseDelay = options.Value.GatewayReconnectDelay;
        var exponential = baseDelay * Math.Pow(2, Math.Min(Math.Max(attempt - 1, 0), 10));
        var capped = exponential > MaxBackoff ? MaxBackoff : exponential;
        return capped + baseDelay * Random.Shared.NextDouble();
    }

    private static Uri WithQuery(string url) => new(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "v=10&encoding=json");

    private static async Task SendAsync<T>(Session session, T payload, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload);
        await session.SendLock.WaitAsync(cancellationToken);
        try
        {
            await session.Socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken);
        }
        finally
        {
            session.SendLock.Release();
        }
    }

    private static async Task CloseAsync(ClientWebSocket socket, WebSocketCloseStatus status)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(status, "reconnecting", timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            socket.Abort();
        }
    }

    private static async Task<GatewayPayload?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(chunk, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Write(chunk, 0, result.Count);
            if (buffer.Length > MaxMessageBytes)
            {
                throw new IOException("Gateway message too large.");
            }

            if (result.EndOfMessage)
            {
                return JsonSerializer.Deserialize<GatewayPayload>(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), DiscordJson.Options);
            }
        }
    }

    private sealed class Session(ClientWebSocket socket)
    {
        public ClientWebSocket Socket { get; } = socket;

        public SemaphoreSlim SendLock { get; } = new(1, 1);

        public volatile bool Acked = true;

        public volatile bool Zombie;
    }
}
