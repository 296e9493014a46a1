using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace StudyBot.BotFramework.Auth;

/// <summary>
/// Authenticates a request from the Bot Connector as NOTES §2.3 requires: issuer, audience, lifetime with 5 minutes of skew,
/// RSA algorithms only, a key from the JWKS endorsed for the activity's channel, and the <c>serviceurl</c> claim.
/// Only the Connector path exists: no emulator or skill tokens.
/// </summary>
internal sealed class BotFrameworkAuthenticator(
    IOptions<BotFrameworkOptions> options,
    BotFrameworkKeyCache keyCache,
    TimeProvider time,
    ILogger<BotFrameworkAuthenticator> logger)
{
    public const string Issuer = "https://api.botframework.com";
    public const string ServiceUrlClaim = "serviceurl";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    public static readonly IReadOnlyList<string> AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler handler = new();

    public async Task<AuthResult> AuthenticateAsync(
        string? authorizationHeader, IPAddress? remoteAddress, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.DevelopmentMode)
        {
            // Without an AppId there is nothing to check a token against: only this machine may talk to the bot.
            return remoteAddress is not null && IPAddress.IsLoopback(remoteAddress)
                ? new AuthResult(AuthOutcome.Anonymous, "development mode, loopback caller")
                : Reject("development mode accepts loopback callers only");
        }

        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return Reject("no Authorization header");
        }

        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || parts[0] != "Bearer" || parts[1].Length == 0)
        {
            return Reject("the Authorization header is not 'Bearer <token>'");
        }

        JsonWebToken token;
        try
        {
            token = new JsonWebToken(parts[1]);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or System.Text.Json.JsonException)
        {
            return Reject("the token is not a JWT");
        }

        if (!string.Equals(token.Issuer, Issuer, StringComparison.Ordinal))
        {
            return Reject("the token's issuer is not the Bot Connector");
        }

        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return Reject($"algorithm '{token.Alg}' is not allowed");
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return Reject("the token names no key id");
        }

        SigningKeySet keys;
        try
        {
            keys = await keyCache.GetAsync(cancellationToken);
            if (!keys.Keys.ContainsKey(token.Kid))
            {
                keys = await keyCache.RefreshForUnknownKeyAsync(cancellationToken);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException or ArgumentException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "The Bot Connector signing keys could not be loaded");
            return Reject("signing keys unavailable");
        }

        if (!keys.Keys.TryGetValue(token.Kid, out var key))
        {
            return Reject("the signing key is unknown");
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = settings.AppId,
            ValidateIssuer = true,
            ValidateAudience = true,
            // Lifetime is checked below against the injected clock.
            ValidateLifetime = false,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = key,
            ValidAlgorithms = AllowedAlgorithms,
            TryAllIssuerSigningKeys = false,
        };
        var result = await handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            return Reject($"token validation failed: {result.Exception?.GetType().Name}");
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (token.ValidTo == DateTime.MinValue || now > token.ValidTo + ClockSkew)
        {
            return Reject("the token has expired");
        }

        if (token.ValidFrom != DateTime.MinValue && now < token.ValidFrom - ClockSkew)
        {
            return Reject("the token is not valid yet");
        }

        if (string.IsNullOrEmpty(channelId)
            || !keys.Endorsements.TryGetValue(token.Kid, out var endorsed)
            || !endorsed.Contains(channelId, StringComparer.Ordinal))
        {
            logger.LogWarning("Rejected a Bot Connector token: key {Kid} is not endorsed for channel {ChannelId}", token.Kid, channelId);
            return new AuthResult(AuthOutcome.Forbidden, "the signing key is not endorsed for this channel");
        }

        if (!token.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimed)
            || string.IsNullOrEmpty(serviceUrl)
            || !string.Equals(claimed, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return Reject("the serviceurl claim does not match the activity");
        }

        return new AuthResult(AuthOutcome.Authenticated, "Bot Connector token");
    }

    private AuthResult Reject(string reason)
    {
        logger.LogInformation("Rejected a request to /api/messages: {Reason}", reason);
        return new AuthResult(AuthOutcome.Unauthorized, reason);
    }
}
