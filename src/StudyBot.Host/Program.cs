using StudyBot.Host.Cli;
using StudyBot.Host.Startup;

if (CommandLine.TryFinishEarly(args, Console.Out, Console.Error) is { } finished)
{
    return finished;
}

// Running the bot, SIGTERM or Ctrl+C stops it cleanly at any moment, start-up included; a verb keeps the default. Kept
// until the process is gone: a second signal while it ends would otherwise kill it (exit 143).
var runsTheBot = !CommandLine.HasVerb(args);
var stopSignals = runsTheBot ? StopSignals.Listen() : new StopSignals();
var builder = WebApplication.CreateBuilder(args);
if (builder.TryAddStudyBot(args) is { } failure)
{
    return await failure.ReportAsync(Console.Error);
}

var app = builder.Build();
if (!runsTheBot)
{
    return await CommandLine.RunAsync(app, args, Console.In, Console.Out, Console.Error);
}

app.MapStudyBot();
return await app.RunUntilStoppedAsync(stopSignals);

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
