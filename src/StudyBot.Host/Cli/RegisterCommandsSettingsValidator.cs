using Microsoft.Extensions.Options;
using StudyBot.Discord;

namespace StudyBot.Host.Cli;

/// <summary><c>discord register-commands</c> calls the REST API: it needs the application id and the bot token, not the public key.</summary>
internal sealed class RegisterCommandsSettingsValidator : IValidateOptions<DiscordOptions>
{
    private const string PublicKey = DiscordOptions.SectionName + ":PublicKey";

    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ApplicationId))
        {
            failures.Add("Discord:ApplicationId must be set to register the commands (Developer Portal, General Information, Application ID).");
        }

        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add("Discord:BotToken must be set to register the commands (Developer Portal, Bot, Reset Token).");
        }

        var adapter = new DiscordOptionsValidator().Validate(name, options);
        if (adapter.Failed)
        {
            failures.AddRange(adapter.Failures.Where(f => !f.StartsWith(PublicKey, StringComparison.Ordinal) && !failures.Any(f.StartsWith)));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures.Distinct());
    }
}
