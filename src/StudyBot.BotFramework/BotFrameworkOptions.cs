namespace StudyBot.BotFramework;

/// <summary>The Azure Bot registration. With no <see cref="AppId"/> the endpoint runs in local development mode.</summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>Microsoft's Teams service hosts (public cloud, GCC, GCC High).</summary>
    public static readonly IReadOnlyList<string> DefaultServiceUrlHosts =
    [
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
    ];

    /// <summary>Where the Bot Connector publishes its signing keys (public cloud).</summary>
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string? AppId { get; set; }

    /// <summary>Client secret of the app registration; never logged.</summary>
    public string? AppPassword { get; set; }

    /// <summary>Tenant of a single-tenant registration; empty uses the multi-tenant botframework.com authority.</summary>
    public string? TenantId { get; set; }

    /// <summary>Hosts the bot's token may be sent to; empty means <see cref="DefaultServiceUrlHosts"/>.</summary>
    public List<string> AllowedServiceUrlHosts { get; set; } = [];

    /// <summary>
    /// The OpenID metadata document of the Bot Connector (its <c>jwks_uri</c> names the signing keys): Microsoft's public
    /// cloud by default; a sovereign cloud, or a test, points it elsewhere. https, or http to loopback only.
    /// </summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    public bool DevelopmentMode => string.IsNullOrWhiteSpace(AppId);

    public IReadOnlyList<string> EffectiveServiceUrlHosts =>
        AllowedServiceUrlHosts.Count == 0 ? DefaultServiceUrlHosts : AllowedServiceUrlHosts;
}
