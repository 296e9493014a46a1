using Microsoft.Extensions.Options;
using StudyBot.Discord;

namespace StudyBot.Host.Startup;

/// <summary>
/// Beside the adapter's own checks (which see 64 hex characters): the key must be an Ed25519 key, or every interaction
/// Discord sends would be answered 401.
/// </summary>
internal sealed class DiscordPublicKeyValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var key = options.PublicKey?.Trim() ?? string.Empty;
        var wellFormed = key.Length == 64 && key.All(char.IsAsciiHexDigit);
        return !options.IsConfigured || !wellFormed || Ed25519PublicKey.IsValid(key) != false
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{DiscordOptions.SectionName}:PublicKey is 64 hex characters but no Ed25519 public key; copy it again from the Developer Portal (General Information, Public Key).");
    }
}
