namespace StudyBot.Host.Cli;

/// <summary>Verbs that belong to a chat adapter (registering commands, packaging the app).</summary>
internal static class AdapterVerbs
{
    public static Task<int>? TryRun(IServiceProvider services, string verb, string[] args, TextWriter output, CancellationToken cancellationToken) => verb switch
    {
        _ => null,
    };
}
