using System.CommandLine;
using System.CommandLine.Parsing;
using CommandResult = System.CommandLine.Parsing.CommandResult;
using ParseResult = System.CommandLine.ParseResult;
using StudyBot.Host.Startup;

namespace StudyBot.Host.Cli;

/// <summary>The host's verbs on System.CommandLine; with none, the host runs the bot.</summary>
public static class CommandLine
{
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    /// <summary>
    /// Help, --version and command-line mistakes, answered before any host is built (so in milliseconds, and without a
    /// database). Null when the arguments run the bot or a verb.
    /// </summary>
    public static int? TryFinishEarly(string[] args, TextWriter output, TextWriter error)
    {
        var root = StudyBotCommands.Build(null);
        var result = Parse(root, args);
        if (result.Errors.Count > 0)
        {
            return ReportErrors(root, result, error);
        }

        // Help and --version are actions of options; `health` only talks HTTP. Anything else needs the host.
        var needsNoHost = result.Action is not null && (result.CommandResult.Command.Action != result.Action || result.CommandResult.Command.Name == "health");
        return needsNoHost ? result.Invoke(new InvocationConfiguration { Output = output, Error = error }) : null;
    }

    /// <summary>True when the arguments name a verb (not when they only set host options such as --urls).</summary>
    public static bool HasVerb(string[] args) => VerbOf(args) is not null;

    /// <summary>The verb as typed in full, e.g. <c>teams package</c>; null when the bot is to run.</summary>
    public static string? VerbOf(string[] args)
    {
        var names = Path(Parse(StudyBotCommands.Build(null), args).CommandResult);
        return names.Count == 0 ? null : string.Join(' ', names);
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        using var scope = app.Services.CreateScope();
        var context = new VerbContext(scope.ServiceProvider, input, output, error);
        var root = StudyBotCommands.Build(() => context);
        var result = Parse(root, args);
        if (result.Errors.Count > 0)
        {
            return ReportErrors(root, result, error);
        }

        try
        {
            return await result.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, app.Lifetime.ApplicationStopping);
        }
        catch (Exception ex) when (StartupFailure.Describe(ex) is { } failure)
        {
            await error.WriteLineAsync(failure.Message);
            return failure.ExitCode;
        }
    }

    private static ParseResult Parse(RootCommand root, string[] args)
    {
        var tokens = ConfigurationArguments.WithoutOverrides(args);
        if (tokens.Length > 0 && tokens[0].Equals("help", StringComparison.OrdinalIgnoreCase))
        {
            tokens = [.. tokens.Skip(1), "--help"];
        }

        return root.Parse(tokens, Parsing);
    }

    private static int ReportErrors(RootCommand root, ParseResult result, TextWriter error)
    {
        var command = result.CommandResult.Command;
        var path = Path(result.CommandResult);
        var unknownOption = result.UnmatchedTokens.FirstOrDefault(t => t.StartsWith('-'));
        var unknownWords = result.UnmatchedTokens.Where(t => !t.StartsWith('-')).ToList();
        if (unknownWords.Count > 0 && (command.Subcommands.Count > 0 || command is RootCommand))
        {
            var typed = path.Concat(unknownWords).ToList();
            error.WriteLine($"Unknown command '{string.Join(' ', typed)}'.");
            if (CommandSuggestions.ForVerb(root, typed) is { } suggestion)
            {
                error.WriteLine($"Did you mean '{suggestion}'?");
            }
            else if (command is not RootCommand)
            {
                error.WriteLine($"'{string.Join(' ', path)}' has: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}.");
            }
        }
        else if (unknownOption is not null)
        {
            var where = path.Count == 0 ? "the bot" : $"'{string.Join(' ', path)}'";
            error.WriteLine($"Unknown option '{unknownOption}' for {where}.");
            if (CommandSuggestions.ForOption(command, unknownOption.Split('=', 2)[0]) is { } suggestion)
            {
                error.WriteLine($"Did you mean '{suggestion}'?");
            }
        }
        else if (unknownWords.Count > 0)
        {
            error.WriteLine($"'{string.Join(' ', path)}' takes no argument '{unknownWords[0]}'.");
        }
        else if (command.Subcommands.Count > 0 && result.Errors.Any(e => e.SymbolResult is CommandResult c && c.Command == command))
        {
            error.WriteLine($"'{string.Join(' ', path)}' needs a command: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}.");
        }
        else
        {
            foreach (var message in result.Errors.Select(e => e.Message).Distinct())
            {
                error.WriteLine(message);
            }
        }

        error.WriteLine($"Run '{string.Join(' ', path.Prepend(root.Name))} --help' for usage.");
        return ExitCodes.Usage;
    }

    private static List<string> Path(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? symbol = result; symbol is CommandResult command && command.Command is not RootCommand; symbol = symbol.Parent)
        {
            names.Insert(0, command.Command.Name);
        }

        return names;
    }
}
