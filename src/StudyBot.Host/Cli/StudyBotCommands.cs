using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using CommandResult = System.CommandLine.Parsing.CommandResult;
using ParseResult = System.CommandLine.ParseResult;
using System.Globalization;
using StudyBot.BotFramework.Packaging;
using StudyBot.Discord.Commands;


namespace StudyBot.Host.Cli;

/// <summary>The host's command tree: the verbs, their options and the values each accepts.</summary>
internal static class StudyBotCommands
{
    public const string DefaultTeamsPackage = "studybot-teams.zip";

    /// <summary>Builds the tree; <paramref name="context"/> is null while only parsing (help, version and errors need no host).</summary>
    public static RootCommand Build(Func<VerbContext>? context)
    {
        var root = new RootCommand($"""
            StudyBot: a daily AWS AI/ML certification question, quizzes and boards in Discord and Microsoft Teams.
            With no command it runs the bot ({Startup.HostingExtensions.DefaultUrl} unless --urls says otherwise).
            From source: dotnet run --project src/StudyBot.Host -- [command] [options]
            Any setting can be given as --Section:Key=value (e.g. --Discord:Mode=Gateway) or as an environment variable
            (Discord__Mode=Gateway).
            """);
        root.Options.Add(new Option<string>("--urls") { Description = "Where the bot listens, e.g. http://0.0.0.0:3978 (ASPNETCORE_URLS).", Recursive = true, HelpName = "URLS" });
        root.Options.Add(new Option<string>("--environment") { Description = "Development loads user secrets; Production is the default outside dotnet run.", Recursive = true, HelpName = "NAME" });
        root.Options.Add(new Option<string>("--contentRoot") { Description = "The folder appsettings.json and relative paths are read from.", Recursive = true, HelpName = "DIR" });
        root.Options.Add(new Option<string>("--applicationName") { Hidden = true, Recursive = true });
        root.SetAction(_ => ExitCodes.Success);
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExitCodes((HelpAction)help.Action!);

        root.Subcommands.Add(Practice(context));
        root.Subcommands.Add(Review(context));
        root.Subcommands.Add(Mock(context));
        root.Subcommands.Add(Group("questions", "The question bank.",
            Verb("lint", "Check the bank; exit 1 naming file, question id and field on a problem.", context, c => QuestionsCommands.Lint(c.Services, c.Output, c.Error)),
            Verb("stats", "Counts by exam, domain, type and difficulty; which study-guide FAQ items are covered.", context, c => QuestionsCommands.Stats(c.Services, c.Output, c.Error)),
            QuestionTransfer.Import(context), QuestionTransfer.Export(context), Group("flags", "Members' reports of problems with questions.", QuestionTransfer.FlagsExport(context))));
        root.Subcommands.Add(Group("db", "The database.",
            VerbAsync("migrate", "Apply the configured provider's migrations.", context, (c, ct) => DatabaseCommands.MigrateAsync(c.Services, c.Output, ct))));
        root.Subcommands.Add(Group("discord", "The Discord application.", RegisterCommands(context)));
        root.Subcommands.Add(Group("teams", "The Microsoft Teams app.", TeamsPackage(context)));
        root.Subcommands.Add(HealthCommand.Build());
        return root;
    }

    private static Command Practice(Func<VerbContext>? context)
    {
        var count = new Option<int>("--count", "-n")
        {
            Description = $"How many questions (1-{QuizService.MaxCount}).",
            DefaultValueFactory = _ => QuizService.DefaultCount,
            CustomParser = r => WholeNumber(r, "--count", 1, QuizService.MaxCount),
            HelpName = "N",
        };
        var exam = new Option<string?>("--exam") { Description = "Only this exam: AIF-C01, MLA-C01 or MLS-C01.", HelpName = "CODE" };
        var domain = new Option<int?>("--domain")
        {
            Description = "Only this domain of the exam (its number, from 1).",
            CustomParser = r => WholeNumber(r, "--domain", 1, 99),
            HelpName = "N",
        };
        var command = new Command("practice", "A personal quiz in this terminal; answers can be piped in.") { count, exam, domain };
        command.SetAction((parse, ct) => Run(context, c => PracticeCommand.RunAsync(
            c.Services, new PracticeArguments(parse.GetValue(count), parse.GetValue(exam), parse.GetValue(domain)), c.Input, c.Output, c.Error, ct)));
        return command;
    }

    private static Command Review(Func<VerbContext>? context)
    {
        var retired = new Option<bool>("--retired") { Description = "Also review cards of retired exams (skipped otherwise)." };
        var command = new Command("review", "Review the questions due now (spaced repetition); answers can be piped in.") { retired };
        command.SetAction((parse, ct) => Run(context, c => ReviewCommand.RunAsync(c.Services, parse.GetValue(retired), c.Input, c.Output, ct)));

        var member = new Option<string>("--member") { Description = "Whose deck: discord:<id>, teams:<id> or terminal:<user>.", Required = true, HelpName = "PLATFORM:ID" };
        var format = new Option<string>("--format") { Description = "json (everything, for import) or csv (front, back, due: for Anki).", DefaultValueFactory = _ => "json", HelpName = "json|csv" };
        format.AcceptOnlyFromAmong("json", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (default: standard output).", HelpName = "FILE" };
        var export = new Command("export", "Write a member's review deck with every card's schedule and review log.") { member, format, output };
        export.SetAction((parse, ct) => Run(context, c => ReviewCommand.ExportAsync(c.Services, parse.GetValue(member)!, parse.GetValue(format)!, parse.GetValue(output), c.Output, c.Error, ct)));

        var file = new Argument<string>("FILE") { Description = "A JSON deck written by review export." };
        var into = new Option<string?>("--member") { Description = "Import for this member instead of the one in the file.", HelpName = "PLATFORM:ID" };
        var import = new Command("import", "Add a deck's cards to a member; cards they already have are kept.") { file, into };
        import.SetAction((parse, ct) => Run(context, c => ReviewCommand.ImportAsync(c.Services, parse.GetValue(file)!, parse.GetValue(into), c.Output, c.Error, ct)));

        command.Subcommands.Add(export);
        command.Subcommands.Add(import);
        return command;
    }

    private static Command Mock(Func<VerbContext>? context)
    {
        var exam = new Option<string?>("--exam") { Description = "The exam to mock, e.g. AIF-C01 (its question count, time limit and weights); none resumes the one in progress.", HelpName = "CODE" };
        var chart = new Option<string?>("--chart") { Description = "Also write the report's chart of the domains to this PNG file.", HelpName = "FILE" };
        var command = new Command("mock", "A timed mock exam in this terminal; leave it with quit and run mock again to resume.") { exam, chart };
        command.SetAction((parse, ct) => Run(context, c => MockCommand.RunAsync(c.Services, parse.GetValue(exam), parse.GetValue(chart), c.Input, c.Output, c.Error, ct)));
        var history = new Command("history", "Your past mock exams, their scores and the trend.");
        history.SetAction((_, ct) => Run(context, c => MockCommand.HistoryAsync(c.Services, c.Output, ct)));
        command.Subcommands.Add(history);
        return command;
    }

    private static Command RegisterCommands(Func<VerbContext>? context)
    {
        var guild = new Option<string?>("--guild") { Description = "A server id: its commands appear at once (global ones take a while).", HelpName = "ID" };
        guild.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (value is not null && (value.Length == 0 || !value.All(char.IsAsciiDigit)))
            {
                r.AddError($"--guild must be a server id (digits); got '{value}'. Copy it with Developer Mode on: right-click the server, Copy Server ID.");
            }
        });
        var command = new Command("register-commands", "Register the slash commands (needs Discord:ApplicationId and Discord:BotToken only).") { guild };
        command.SetAction((parse, ct) => Run(context, c => ReportedAsync(c, writer => c.Services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync(parse.GetValue(guild), writer, ct))));
        return command;
    }

    private static Command TeamsPackage(Func<VerbContext>? context)
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = $"The zip to write, relative to the current directory (the repository root under dotnet run).",
            DefaultValueFactory = _ => DefaultTeamsPackage,
            HelpName = "FILE",
        };
        var command = new Command("package", "Build the Teams app zip from deploy/teams (needs BotFramework:AppId only).") { output };
        command.SetAction((parse, ct) => Run(context, c => ReportedAsync(c, writer => c.Services.GetRequiredService<TeamsPackager>().PackageAsync(
            Path.GetFullPath(parse.GetValue(output)!, Directory.GetCurrentDirectory()), writer, ct))));
        return command;
    }

    internal static Command Group(string name, string description, params Command[] verbs)
    {
        var group = new Command(name, description);
        foreach (var verb in verbs)
        {
            group.Subcommands.Add(verb);
        }

        return group;
    }

    private static Command Verb(string name, string description, Func<VerbContext>? context, Func<VerbContext, int> run)
    {
        var command = new Command(name, description);
        command.SetAction((_, _) => Run(context, c => Task.FromResult(run(c))));
        return command;
    }

    private static Command VerbAsync(string name, string description, Func<VerbContext>? context, Func<VerbContext, CancellationToken, Task<int>> run)
    {
        var command = new Command(name, description);
        command.SetAction((_, ct) => Run(context, c => run(c, ct)));
        return command;
    }

    internal static Task<int> Run(Func<VerbContext>? context, Func<VerbContext, Task<int>> run) =>
        context is null ? throw new InvalidOperationException("A verb ran without a host.") : run(context());

    /// <summary>An adapter's verb writes one report; it goes to standard error when the verb failed.</summary>
    private static async Task<int> ReportedAsync(VerbContext context, Func<TextWriter, Task<int>> run)
    {
        using var report = new StringWriter(CultureInfo.InvariantCulture);
        var code = await run(report);
        await (code == ExitCodes.Success ? context.Output : context.Error).WriteAsync(report.ToString());
        return code;
    }

    internal static int WholeNumber(ArgumentResult result, string option, int min, int max)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (!int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{option} expects a whole number; got '{token}'.");
        }
        else if (value < min || value > max)
        {
            result.AddError($"{option} must be between {min} and {max}; got {value}.");
        }

        return value;
    }

    /// <summary>The usual help, then what the exit codes mean (the same for every verb).</summary>
    private sealed class HelpWithExitCodes(HelpAction help) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            help.Invoke(parseResult);
            parseResult.InvocationConfiguration.Output.WriteLine(ExitCodes.Help);
            return ExitCodes.Success;
        }
    }
}
