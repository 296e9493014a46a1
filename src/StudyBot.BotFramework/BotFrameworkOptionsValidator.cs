using Microsoft.Extensions.Options;

namespace StudyBot.BotFramework;

/// <summary>
/// Stops start-up on settings that would half-work: an AppId without its secret, a malformed tenant or host, a signing-key
/// source that is not https.
/// </summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    /// <summary>An absolute https URL, or http to a loopback host (a test's key server); never user info.</summary>
    public static bool IsHttpsOrLoopback(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && string.IsNullOrEmpty(uri.UserInfo)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri));

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || System.Net.IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip);

    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        if (!options.DevelopmentMode && string.IsNullOrWhiteSpace(options.AppPassword))
        {
            failures.Add("BotFramework:AppPassword is required when BotFramework:AppId is set.");
        }

        if (!options.DevelopmentMode && !Guid.TryParse(options.AppId, out _))
        {
            failures.Add("BotFramework:AppId must be the Azure Bot's Microsoft App ID, a GUID such as 00000000-0000-0000-0000-000000000000.");
        }

        if (!string.IsNullOrWhiteSpace(options.TenantId) && !Guid.TryParse(options.TenantId, out _)
            && !options.TenantId.Contains('.', StringComparison.Ordinal))
        {
            failures.Add($"BotFramework:TenantId '{options.TenantId}' is neither a tenant id (GUID) nor a domain.");
        }

        foreach (var host in options.AllowedServiceUrlHosts)
        {
            if (string.IsNullOrWhiteSpace(host) || Uri.CheckHostName(host.Trim()) == UriHostNameType.Unknown)
            {
                failures.Add($"BotFramework:AllowedServiceUrlHosts entry '{host}' is not a host name.");
            }
        }

        if (!IsHttpsOrLoopback(options.OpenIdMetadataUrl))
        {
            failures.Add($"BotFramework:OpenIdMetadataUrl '{options.OpenIdMetadataUrl}' is not an absolute https URL (http is allowed for loopback only).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
