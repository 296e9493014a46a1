namespace StudyBot.Host.Cli;

/// <summary>The host's verbs; with none, the host runs the bot.</summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["questions", "db", "practice", "discord", "teams", "help", "--help", "-h"];

    public static bool HasVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var verb = string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')).Take(2)).ToLowerInvariant();
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var cancellationToken = app.Lifetime.ApplicationStopping;
        try
        {
            return verb switch
            {
                "questions lint" => QuestionsCommands.Lint(services, output, error),
                "questions stats" => QuestionsCommands.Stats(services, output, error),
                "db migrate" => await DatabaseCommands.MigrateAsync(services, output, cancellationToken),
                _ when verb.StartsWith("practice", StringComparison.Ordinal) =>
                    await PracticeCommand.RunAsync(services, PracticeArguments.Parse(args.Skip(1).ToArray()), input, output, cancellationToken),
                _ when AdapterVerbs.TryRun(services, verb, args, output, cancellationToken) is { } adapterRun => await adapterRun,
                "help" or "--help" or "-h" => Usage(output, 0),
                _ => Usage(error, 2, $"Unknown command '{string.Join(' ', args)}'."),
            };
        }
        catch (ArgumentException ex)
        {
            error.WriteLine(ex.Message);
            return 2;
        }
    }

    private static int Usage(TextWriter writer, int code, string? problem = null)
    {
        if (problem is not null)
        {
            writer.WriteLine(problem);
        }

        writer.WriteLine("""
            Usage: dotnet run --project src/StudyBot.Host -- [command]

              (no command)                      run the bot (http://localhost:3978)
              practice [--count N] [--exam CODE] [--domain N]
                                                a personal quiz in this terminal
              questions lint                    check the question bank; non-zero exit on problems
              questions stats                   counts by exam, domain, type, difficulty; FAQ coverage
              db migrate                        apply database migrations
              discord register-commands [--guild ID]
                                                register the slash commands (guild commands appear at once)
              teams package [--output FILE]     build the Teams app zip from deploy/teams
            """);
        return code;
    }
}
