using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StudyBot.BotFramework;
using StudyBot.Discord;

namespace StudyBot.Host.Cli;

public static class CommandLineExtensions
{
    /// <summary>
    /// For a verb: only problems are logged (the verb prints its own output), and a verb that talks to one platform checks
    /// only the settings it uses, instead of everything running the bot would need.
    /// </summary>
    public static WebApplicationBuilder AddStudyBotCommandLine(this WebApplicationBuilder builder, string[] args)
    {
        var verb = CommandLine.VerbOf(args);
        if (verb is null)
        {
            return builder;
        }

        builder.Logging.AddFilter((_, level) => level >= LogLevel.Warning);
        switch (verb)
        {
            case "discord register-commands":
                builder.Services.RemoveAll<IValidateOptions<DiscordOptions>>();
                builder.Services.AddSingleton<IValidateOptions<DiscordOptions>, RegisterCommandsSettingsValidator>();
                break;
            case "teams package":
                builder.Services.RemoveAll<IValidateOptions<BotFrameworkOptions>>();
                builder.Services.AddSingleton<IValidateOptions<BotFrameworkOptions>, TeamsPackageSettingsValidator>();
                break;
        }

        return builder;
    }
}
