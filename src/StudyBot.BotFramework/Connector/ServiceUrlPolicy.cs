using System.Net;
using Microsoft.Extensions.Options;

namespace StudyBot.BotFramework.Connector;

/// <summary>
/// Decides where the bot's token may go: https to an allowed host (or a subdomain of one), plus plain http to loopback; in
/// development mode loopback only. A tampered conversation reference must not leak the token.
/// </summary>
internal sealed class ServiceUrlPolicy(IOptions<BotFrameworkOptions> options)
{
    public bool TryGetBaseUri(string? serviceUrl, out Uri baseUri)
    {
        baseUri = null!;
        if (string.IsNullOrWhiteSpace(serviceUrl) || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            || !string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return false;
        }

        var loopback = IsLoopback(uri);
        var allowed = options.Value.DevelopmentMode
            ? loopback && uri.Scheme is "http" or "https"
            : (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp && loopback) && HostAllowed(uri.IdnHost);
        if (!allowed)
        {
            return false;
        }

        baseUri = uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        return true;
    }

    private bool HostAllowed(string host) =>
        options.Value.EffectiveServiceUrlHosts.Any(allowed =>
            string.Equals(host, allowed.Trim(), StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + allowed.Trim(), StringComparison.OrdinalIgnoreCase));

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
}
