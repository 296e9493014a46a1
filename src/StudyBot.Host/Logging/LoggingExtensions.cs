using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;

namespace StudyBot.Host.Logging;

public static class LoggingExtensions
{
    /// <summary>
    /// Console logs: by default one escaped line per entry with a UTC timestamp (<see cref="StudyBotConsoleFormatter"/>);
    /// <c>Logging:Console:FormatterName=json</c> (<c>Logging__Console__FormatterName=json</c>) writes JSON lines instead,
    /// which escape every value by construction. A configured formatter or timestamp format wins.
    /// </summary>
    public static WebApplicationBuilder AddStudyBotLogging(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Logging.AddConsoleFormatter<StudyBotConsoleFormatter, ConsoleFormatterOptions>();
        builder.Services.Configure<ConsoleFormatterOptions>(o => o.UseUtcTimestamp = true);
        builder.Services.Configure<JsonConsoleFormatterOptions>(o =>
        {
            o.TimestampFormat ??= "yyyy-MM-ddTHH:mm:ss.fffZ";
            o.UseUtcTimestamp = true;
        });
        builder.Services.Configure<SimpleConsoleFormatterOptions>(o =>
        {
            o.TimestampFormat ??= "yyyy-MM-ddTHH:mm:ss.fffZ ";
            o.UseUtcTimestamp = true;
        });
        if (string.IsNullOrEmpty(builder.Configuration["Logging:Console:FormatterName"]))
        {
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.FormatterName = StudyBotConsoleFormatter.Name);
        }

        return builder;
    }
}
