using StudyBot.BotFramework;
using StudyBot.Data;
using StudyBot.Discord;
using StudyBot.Host.Cli;
using StudyBot.Host.Logging;
using StudyBot.Host.Scheduling;
using StudyBot.Host.Telemetry;

namespace StudyBot.Host.Startup;

/// <summary>The whole bot in two calls, shared by <c>Program.cs</c>, the tests and the benchmarks.</summary>
public static class StudyBotApplication
{
    /// <summary>
    /// Logging, engine, bank, database, both adapters, scheduling, operations and telemetry; a terminal verb in
    /// <paramref name="args"/> adjusts what it needs. The container is checked when it is built.
    /// </summary>
    public static WebApplicationBuilder AddStudyBot(this WebApplicationBuilder builder, string[]? args = null)
    {
        builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = true;
        });
        builder.AddStudyBotLogging();
        builder.AddStudyBotCore();
        builder.AddStudyBotData();
        builder.AddStudyBotDiscord();
        builder.AddStudyBotBotFramework();
        builder.AddStudyBotScheduling();
        builder.AddStudyBotOperations();
        builder.AddStudyBotTelemetry();
        builder.Services.AddHostedService<BackgroundWorkDrain>();
        builder.AddStudyBotCommandLine(args ?? []);
        return builder;
    }

    /// <summary>
    /// <see cref="AddStudyBot"/>, with a setting that cannot even be read while registering (a word where true or false
    /// belongs, an unknown mode) returned as a failure naming the key instead of thrown.
    /// </summary>
    public static StartupFailure? TryAddStudyBot(this WebApplicationBuilder builder, string[] args)
    {
        try
        {
            builder.AddStudyBot(args);
            return null;
        }
        catch (Exception ex) when (StartupFailure.Describe(ex) is { } failure)
        {
            return failure;
        }
    }

    /// <summary>Health, the operator endpoints, metrics, the Discord interactions endpoint and the Bot Framework messaging endpoint.</summary>
    public static WebApplication MapStudyBot(this WebApplication app)
    {
        app.MapStudyBotHealth();
        app.MapStudyBotOperations();
        app.MapStudyBotTelemetry();
        app.MapStudyBotDiscord();
        app.MapStudyBotBotFramework();
        return app;
    }
}
