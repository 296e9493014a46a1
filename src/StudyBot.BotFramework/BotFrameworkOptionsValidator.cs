using Microsoft.Extensions.Options;

namespace StudyBot.BotFramework;

/// <summary>Stops start-up on settings that would half-work: an AppId without its secret, a malformed tenant or host.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
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

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
