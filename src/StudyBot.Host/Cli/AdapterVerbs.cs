using StudyBot.BotFramework.Packaging;
using StudyBot.Discord.Commands;

namespace StudyBot.Host.Cli;

/// <summary>Verbs that belong to a chat adapter (registering commands, packaging the app).</summary>
internal static class AdapterVerbs
{
    public static Task<int>? TryRun(IServiceProvider services, string verb, string[] args, TextWriter output, CancellationToken cancellationToken) => verb switch
    {
        "discord register-commands" => services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync(Option(args, "--guild"), output, cancellationToken),
        "teams package" => services.GetRequiredService<TeamsPackager>().PackageAsync(Option(args, "--output") ?? "studybot-teams.zip", output, cancellationToken),
        _ => null,
    };

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
