using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace StudyBot.BotFramework.Auth;

/// <summary>
/// Fetches the Bot Connector's OpenID metadata and JWKS (with the non-standard <c>endorsements</c>), caches them for a day,
/// and refreshes early when a token names a key id it has not seen (new keys can appear at any time).
/// </summary>
internal sealed class BotFrameworkKeyCache(
    IHttpClientFactory httpClientFactory,
    IOptions<BotFrameworkOptions> options,
    TimeProvider time,
    ILogger<BotFrameworkKeyCache> logger)
{
    public const string HttpClientName = "StudyBot.BotFramework.OpenId";

    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(24);

    /// <summary>Unknown key ids cannot force refreshes more often than this (a forged kid must not turn us into a proxy flood).</summary>
    public static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim gate = new(1, 1);
    private SigningKeySet? current;
    private DateTimeOffset lastForcedRefresh = DateTimeOffset.MinValue;

    public async Task<SigningKeySet> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = current;
        if (snapshot is not null && time.GetUtcNow() - snapshot.FetchedAt < RefreshInterval)
        {
            return snapshot;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (current is not null && time.GetUtcNow() - current.FetchedAt < RefreshInterval)
            {
                return current;
            }

            try
            {
                current = await FetchAsync(cancellationToken);
            }
            catch (Exception ex) when (current is not null && ex is HttpRequestException or JsonException or ArgumentException or TaskCanceledException)
            {
                // Keep serving the keys we have while the metadata endpoint is unreachable.
                logger.LogWarning(ex, "Refreshing the Bot Connector signing keys failed; keeping the cached set");
            }

            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Refreshes once because a token named an unknown key id; returns the (possibly unchanged) set.</summary>
    public async Task<SigningKeySet> RefreshForUnknownKeyAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (current is not null && now - lastForcedRefresh < MinimumForcedRefreshInterval)
            {
                return current;
            }

            lastForcedRefresh = now;
            current = await FetchAsync(cancellationToken);
            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<SigningKeySet> FetchAsync(CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        using var metadata = JsonDocument.Parse(await http.GetStringAsync(new Uri(options.Value.OpenIdMetadataUrl), cancellationToken));
        if (metadata.RootElement.ValueKind != JsonValueKind.Object
            || !metadata.RootElement.TryGetProperty("jwks_uri", out var jwksUriElement)
            || jwksUriElement.ValueKind != JsonValueKind.String
            || !BotFrameworkOptionsValidator.IsHttpsOrLoopback(jwksUriElement.GetString())
            || !Uri.TryCreate(jwksUriElement.GetString(), UriKind.Absolute, out var jwks))
        {
            throw new JsonException("The OpenID metadata has no https jwks_uri.");
        }

        var json = await http.GetStringAsync(jwks, cancellationToken);
        var keys = new Dictionary<string, SecurityKey>(StringComparer.Ordinal);
        foreach (var key in new JsonWebKeySet(json).Keys)
        {
            if (!string.IsNullOrEmpty(key.Kid) && key.Kty == JsonWebAlgorithmsKeyTypes.RSA)
            {
                keys[key.Kid] = key;
            }
        }

        var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.TryGetProperty("keys", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var key in list.EnumerateArray())
            {
                if (key.ValueKind == JsonValueKind.Object
                    && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                    && key.TryGetProperty("endorsements", out var e) && e.ValueKind == JsonValueKind.Array)
                {
                    endorsements[kid.GetString()!] = e.EnumerateArray()
                        .Where(x => x.ValueKind == JsonValueKind.String)
                        .Select(x => x.GetString()!)
                        .ToList();
                }
            }
        }

        logger.LogInformation("Loaded {Count} Bot Connector signing keys", keys.Count);
        return new SigningKeySet(keys, endorsements, time.GetUtcNow());
    }
}
