using StudyBot.Host.Cli;
using StudyBot.Host.Startup;

var builder = WebApplication.CreateBuilder(args);
if (CommandLine.HasVerb(args))
{
    // A terminal verb prints its own output; only problems should interleave with it.
    builder.Logging.AddFilter((_, level) => level >= LogLevel.Warning);
}

builder.AddStudyBot();

var app = builder.Build();
if (CommandLine.HasVerb(args))
{
    return await CommandLine.RunAsync(app, args, Console.In, Console.Out, Console.Error);
}

app.MapStudyBot();
return await app.RunUntilStoppedAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
