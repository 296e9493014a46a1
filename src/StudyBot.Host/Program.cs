using StudyBot.Host.Cli;
using StudyBot.Host.Startup;

if (CommandLine.TryFinishEarly(args, Console.Out, Console.Error) is { } finished)
{
    return finished;
}

var builder = WebApplication.CreateBuilder(args);
if (builder.TryAddStudyBot(args) is { } failure)
{
    return await failure.ReportAsync(Console.Error);
}

var app = builder.Build();
if (CommandLine.HasVerb(args))
{
    return await CommandLine.RunAsync(app, args, Console.In, Console.Out, Console.Error);
}

app.MapStudyBot();
return await app.RunUntilStoppedAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
