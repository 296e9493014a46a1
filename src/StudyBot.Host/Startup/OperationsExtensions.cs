using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting.Systemd;

namespace StudyBot.Host.Startup;

public static class OperationsExtensions
{
    /// <summary>Running it: the start-up summary, the scheduler's readiness, quiet Quartz internals.</summary>
    public static WebApplicationBuilder AddStudyBotOperations(this WebApplicationBuilder builder)
    {
        // Under systemd (Type=notify): readiness and stopping are reported to it, and logs go to the journal without colours.
        // AddSystemd tells systemd only when systemd is the parent; NOTIFY_SOCKET is what the notify protocol itself asks
        // for, so a service manager (or a test) that sets it is told as well.
        builder.Services.AddSystemd();
        builder.Services.TryAddSingleton<ISystemdNotifier, SystemdNotifier>();
        builder.Services.AddSingleton<IHostLifetime, StopSignalLifetime>();
        builder.Services.AddHostedService<StartupSummary>();
        builder.Services.AddHealthChecks().AddCheck<SchedulerHealthCheck>("scheduler", tags: ["ready"]);

        // The root appsettings.json says the same; this holds when the app runs without it. A configured level still wins.
        if (builder.Configuration["Logging:LogLevel:Quartz"] is null)
        {
            builder.Logging.AddFilter("Quartz", LogLevel.Warning);
        }

        return builder;
    }

    /// <summary><c>GET /</c> names the endpoints.</summary>
    public static WebApplication MapStudyBotOperations(this WebApplication app)
    {
        app.MapGet("/", () => Results.Content(HomePage.Html, "text/html; charset=utf-8"));
        return app;
    }
}
