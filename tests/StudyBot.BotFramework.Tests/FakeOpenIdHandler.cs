using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace StudyBot.BotFramework.Tests;

/// <summary>
/// Serves the Bot Connector's OpenID metadata and a JWKS built from locally generated RSA keys, with endorsements per key;
/// also answers the AAD token endpoint.
/// </summary>
internal sealed class FakeOpenIdHandler : HttpMessageHandler
{
    public const string JwksUri = "https://login.botframework.com/v1/.well-known/keys";

    // RSA generation is slow; tests share keys by id.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, RSA> Pool = new();

    private readonly List<(RsaSecurityKey Key, string[]? Endorsements)> keys = [];

    public int MetadataFetches { get; private set; }

    /// <summary>Every URI asked for, in order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Requested { get; } = new();
    public int TokenRequests { get; private set; }
    public string? LastTokenRequestUri { get; private set; }
    public string? LastTokenRequestBody { get; private set; }

    public RsaSecurityKey AddKey(string kid, params string[]? endorsements)
    {
        var key = new RsaSecurityKey(Pool.GetOrAdd(kid, _ => RSA.Create(2048))) { KeyId = kid };
        keys.Add((key, endorsements));
        return key;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!.AbsoluteUri;
        Requested.Enqueue(uri);
        if (uri.Contains("openidconfiguration", StringComparison.Ordinal))
        {
            MetadataFetches++;
            return Json(new JsonObject { ["issuer"] = "https://api.botframework.com", ["jwks_uri"] = JwksUri, ["id_token_signing_alg_values_supported"] = new JsonArray("RS256") });
        }

        if (uri == JwksUri)
        {
            var list = new JsonArray();
            foreach (var (key, endorsements) in keys)
            {
                var p = key.Rsa.ExportParameters(false);
                var jwk = new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = key.KeyId,
                    ["n"] = Base64UrlEncoder.Encode(p.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(p.Exponent),
                };
                if (endorsements is not null)
                {
                    jwk["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)e).ToArray());
                }

                list.Add(jwk);
            }

            return Json(new JsonObject { ["keys"] = list });
        }

        if (uri.StartsWith("https://login.microsoftonline.com/", StringComparison.Ordinal))
        {
            TokenRequests++;
            LastTokenRequestUri = uri;
            LastTokenRequestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            return Json(new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3600, ["access_token"] = "outbound-token" });
        }

        return new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    private static HttpResponseMessage Json(JsonObject body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
}
