using System.Net;
using Microsoft.Extensions.Options;

namespace StudyBot.Discord;

/// <summary>Fails start-up on a bad Discord setting, naming the key; an unconfigured adapter is valid (and off).</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var errors = new List<string>();
        if (!IsLocalOrSecure(options.ApiBaseUrl, "https", "http"))
        {
            errors.Add($"{DiscordOptions.SectionName}:ApiBaseUrl must be an absolute https URL (http only for loopback addresses).");
        }

        if (!string.IsNullOrWhiteSpace(options.GatewayUrl) && !IsLocalOrSecure(options.GatewayUrl, "wss", "ws"))
        {
            errors.Add($"{DiscordOptions.SectionName}:GatewayUrl must be an absolute wss URL (ws only for loopback addresses).");
        }

        if (options.GlobalRequestsPerSecond is < 1 or > 10_000)
        {
            errors.Add($"{DiscordOptions.SectionName}:GlobalRequestsPerSecond must be between 1 and 10000.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            errors.Add($"{DiscordOptions.SectionName}:MaxRetries must be between 0 and 10.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            errors.Add($"{DiscordOptions.SectionName}:RequestTimeout must be positive.");
        }

        if (options.TimestampTolerance < TimeSpan.FromSeconds(1) || options.TimestampTolerance > DiscordOptions.MaxTimestampTolerance)
        {
            errors.Add($"{DiscordOptions.SectionName}:TimestampTolerance must be between 00:00:01 and {DiscordOptions.MaxTimestampTolerance:c}.");
        }

        if (options.IsConfigured)
        {
            if (string.IsNullOrWhiteSpace(options.ApplicationId) || !options.ApplicationId.Trim().All(char.IsAsciiDigit))
            {
                errors.Add($"{DiscordOptions.SectionName}:ApplicationId must be the application's numeric id from the Developer Portal.");
            }

            if (string.IsNullOrWhiteSpace(options.BotToken))
            {
                errors.Add($"{DiscordOptions.SectionName}:BotToken is required once the Discord adapter is configured.");
            }

            if (options.Mode == DiscordMode.Http || !string.IsNullOrWhiteSpace(options.PublicKey))
            {
                var key = options.PublicKey?.Trim() ?? string.Empty;
                if (key.Length != 64 || !key.All(char.IsAsciiHexDigit))
                {
                    errors.Add($"{DiscordOptions.SectionName}:PublicKey must be the application's public key: 64 hex characters.");
                }
                else if (Ed25519PublicKey.IsValid(key) == false)
                {
                    // NSec's raw import takes any 32 bytes: a mistyped key would start and then answer 401 to everything.
                    errors.Add($"{DiscordOptions.SectionName}:PublicKey is 64 hex characters but no Ed25519 public key; copy it again from the Developer Portal (General Information, Public Key).");
                }
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsLocalOrSecure(string? url, string secureScheme, string plainScheme)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (uri.Scheme == secureScheme)
        {
            return true;
        }

        return uri.Scheme == plainScheme
            && (uri.IsLoopback || IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
