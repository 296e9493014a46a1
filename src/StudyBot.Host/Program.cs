using StudyBot.BotFramework;
using StudyBot.Data;
using StudyBot.Discord;
using StudyBot.Host.Cli;
using StudyBot.Host.Logging;
using StudyBot.Host.Scheduling;
using StudyBot.Host.Startup;
using StudyBot.Host.Telemetry;

if (CommandLine.TryFinishEarly(args, Console.Out, Console.Error) is { } finished)
{
    return finished;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddStudyBotLogging();
builder.AddStudyBotCore();
builder.AddStudyBotData();
builder.AddStudyBotDiscord();
builder.AddStudyBotBotFramework();
builder.AddStudyBotScheduling();
builder.AddStudyBotOperations();
builder.AddStudyBotTelemetry();
builder.AddStudyBotCommandLine(args);

var app = builder.Build();
if (CommandLine.HasVerb(args))
{
    return await CommandLine.RunAsync(app, args, Console.In, Console.Out, Console.Error);
}

app.MapStudyBotHealth();
app.MapStudyBotOperations();
app.MapStudyBotTelemetry();
app.MapStudyBotDiscord();
app.MapStudyBotBotFramework();
return await app.RunUntilStoppedAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
