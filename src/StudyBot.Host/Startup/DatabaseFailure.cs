using StudyBot.Data.Providers;
using StudyBot.Host.Cli;

namespace StudyBot.Host.Startup;

/// <summary>What went wrong reaching or writing the database (worded by the provider, in Data), as a start-up failure.</summary>
internal static class DatabaseFailure
{
    public static StartupFailure? Describe(Exception exception, DatabaseSettings database) =>
        database.DescribeFailure(exception) is { } message
            ? new StartupFailure(ExitCodes.Environment, SettingNames.WithEnvironmentVariables(message))
            : null;
}
