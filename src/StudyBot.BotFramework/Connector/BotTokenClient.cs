using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StudyBot.BotFramework.Connector;

/// <summary>
/// The bot's AAD token for the Connector by client credentials (NOTES §2.4), cached until shortly before it expires and
/// fetched by one caller at a time. Development mode has no token.
/// </summary>
internal sealed class BotTokenClient(
    IHttpClientFactory httpClientFactory,
    IOptions<BotFrameworkOptions> options,
    TimeProvider time,
    ILogger<BotTokenClient> logger)
{
    public const string HttpClientName = "StudyBot.BotFramework.Token";
    public const string Scope = "https://api.botframework.com/.default";

    /// <summary>A token is renewed this long before it expires.</summary>
    public static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private (string Token, DateTimeOffset ExpiresAt)? cached;

    public static Uri TokenEndpoint(BotFrameworkOptions settings)
    {
        var tenant = string.IsNullOrWhiteSpace(settings.TenantId) ? "botframework.com" : settings.TenantId.Trim();
        return new Uri($"https://login.microsoftonline.com/{Uri.EscapeDataString(tenant)}/oauth2/v2.0/token");
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.DevelopmentMode)
        {
            return null;
        }

        if (cached is { } hit && time.GetUtcNow() < hit.ExpiresAt - RenewBefore)
        {
            return hit.Token;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cached is { } again && time.GetUtcNow() < again.ExpiresAt - RenewBefore)
            {
                return again.Token;
            }

            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = settings.AppId!,
                ["client_secret"] = settings.AppPassword ?? string.Empty,
                ["scope"] = Scope,
            });
            var http = httpClientFactory.CreateClient(HttpClientName);
            using var response = await http.PostAsync(TokenEndpoint(settings), content, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogError("The token endpoint answered {Status}; check BotFramework:AppId, AppPassword and TenantId", (int)response.StatusCode);
                throw new ConnectorException((int)response.StatusCode, "The bot could not obtain a Connector token.");
            }

            var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                ?? throw new ConnectorException(502, "The token endpoint returned no body.");
            if (string.IsNullOrEmpty(body.AccessToken))
            {
                throw new ConnectorException(502, "The token endpoint returned no access token.");
            }

            cached = (body.AccessToken, time.GetUtcNow().AddSeconds(body.ExpiresIn > 0 ? body.ExpiresIn : 600));
            return body.AccessToken;
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
