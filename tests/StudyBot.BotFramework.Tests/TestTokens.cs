using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace StudyBot.BotFramework.Tests;

/// <summary>Mints Bot Connector-shaped tokens for tests.</summary>
internal static class TestTokens
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    public static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static string Create(
        SecurityKey key,
        string algorithm = SecurityAlgorithms.RsaSha256,
        string issuer = "https://api.botframework.com",
        string audience = AppId,
        string? serviceUrl = ServiceUrl,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = (notBefore ?? Now.AddMinutes(-5)).UtcDateTime,
            IssuedAt = (notBefore ?? Now.AddMinutes(-5)).UtcDateTime,
            Expires = (expires ?? Now.AddHours(1)).UtcDateTime,
            Claims = claims,
            Subject = new ClaimsIdentity(),
            SigningCredentials = new SigningCredentials(key, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public static string Unsigned(string kid)
    {
        static string Part(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        var exp = Now.AddHours(1).ToUnixTimeSeconds();
        return Part($$"""{"alg":"none","typ":"JWT","kid":"{{kid}}"}""") + "." +
               Part($$"""{"iss":"https://api.botframework.com","aud":"{{AppId}}","serviceurl":"{{ServiceUrl}}","exp":{{exp}}}""") + ".";
    }
}
