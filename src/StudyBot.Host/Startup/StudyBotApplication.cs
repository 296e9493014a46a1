using StudyBot.BotFramework;
using StudyBot.Data;
using StudyBot.Discord;
using StudyBot.Host.Scheduling;

namespace StudyBot.Host.Startup;

/// <summary>The whole bot in two calls, shared by <c>Program.cs</c>, the tests and the benchmarks.</summary>
public static class StudyBotApplication
{
    /// <summary>Engine, bank, database, both adapters and scheduling; the container is checked when it is built.</summary>
    public static WebApplicationBuilder AddStudyBot(this WebApplicationBuilder builder)
    {
        builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = true;
        });
        builder.AddStudyBotCore();
        builder.AddStudyBotData();
        builder.AddStudyBotDiscord();
        builder.AddStudyBotBotFramework();
        builder.AddStudyBotScheduling();
        builder.Services.AddHostedService<BackgroundWorkDrain>();
        return builder;
    }

    /// <summary>Health, the Discord interactions endpoint and the Bot Framework messaging endpoint.</summary>
    public static WebApplication MapStudyBot(this WebApplication app)
    {
        app.MapStudyBotHealth();
        app.MapStudyBotDiscord();
        app.MapStudyBotBotFramework();
        return app;
    }
}
