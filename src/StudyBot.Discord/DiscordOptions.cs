namespace StudyBot.Discord;

/// <summary>The <c>Discord</c> configuration section. The adapter stays off while none of its keys are set.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";
    public static readonly TimeSpan DefaultTimestampTolerance = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MaxTimestampTolerance = TimeSpan.FromHours(1);

    public string? ApplicationId { get; set; }

    /// <summary>The application's Ed25519 public key, 64 hex characters.</summary>
    public string? PublicKey { get; set; }

    /// <summary>Secret: never logged.</summary>
    public string? BotToken { get; set; }

    public DiscordMode Mode { get; set; } = DiscordMode.Http;

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    public string? GatewayUrl { get; set; }

    /// <summary>Discord's global limit per bot token; interaction webhooks do not count toward it.</summary>
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>Retries after a 5xx or a timeout, each after a growing delay with jitter.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>How long one REST attempt may take before it counts as a timeout (and is retried).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The first delay between gateway reconnect attempts; it doubles (with jitter) up to 30 s.</summary>
    public TimeSpan GatewayReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How far a request's signed timestamp may lie from now, either way; older or newer requests are refused (401) as
    /// replays. Discord signs each request as it sends it.
    /// </summary>
    public TimeSpan TimestampTolerance { get; set; } = DefaultTimestampTolerance;

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(ApplicationId) || !string.IsNullOrWhiteSpace(PublicKey) || !string.IsNullOrWhiteSpace(BotToken);

    public bool UsesGateway => IsConfigured && Mode == DiscordMode.Gateway;

    /// <summary>True when the HTTP interactions endpoint should answer.</summary>
    public bool AcceptsHttpInteractions => IsConfigured && Mode == DiscordMode.Http && !string.IsNullOrWhiteSpace(PublicKey);
}
