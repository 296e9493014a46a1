using Microsoft.Extensions.Options;
using StudyBot.BotFramework;

namespace StudyBot.Host.Cli;

/// <summary><c>teams package</c> writes the bot id into the manifest; the client secret and the tenant are not in it.</summary>
internal sealed class TeamsPackageSettingsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options) =>
        Guid.TryParse(options.AppId?.Trim(), out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(string.IsNullOrWhiteSpace(options.AppId)
                ? "BotFramework:AppId must be set to the Azure Bot's Microsoft App ID (a GUID) to build the Teams package."
                : "BotFramework:AppId must be the Azure Bot's Microsoft App ID, a GUID such as 00000000-0000-0000-0000-000000000000.");
}
