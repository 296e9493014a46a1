using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StudyBot.Engine;

namespace StudyBot.Host.Startup;

public static class HostingExtensions
{
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>The engine, the question bank, health checks, and the default URL of the Bot Framework convention.</summary>
    public static WebApplicationBuilder AddStudyBotCore(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddOptions<QuestionsOptions>().BindConfiguration(QuestionsOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton(sp => QuestionBankLoader.LoadOrThrow(sp.GetRequiredService<IOptions<QuestionsOptions>>().Value.ResolvePath(builder.Environment.ContentRootPath)));
        builder.Services.AddStudyBotEngine();
        builder.Services.AddSingleton<IValidateOptions<StudyBot.Data.DatabaseOptions>, ConnectionStringValidator>();
        builder.Services.AddSingleton<StartupState>();
        builder.Services.AddHostedService<StartupTasks>();
        builder.Services.AddHealthChecks()
            .AddCheck<ReadinessHealthCheck>("database", tags: ["ready"])
            .AddCheck<BankHealthCheck>("bank", tags: ["ready"]);
        return builder;
    }

    public static WebApplication MapStudyBotHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthReportJson.WriteAsync });
        return app;
    }
}
