using StudyBot.Data.Providers;
using StudyBot.Host.Cli;

namespace StudyBot.Host.Startup;

/// <summary>What went wrong reaching or writing the database (worded by the provider, in Data), as a start-up failure.</summary>
internal static class DatabaseFailure
{
    /// <param name="exception">What start-up threw.</param>
    /// <param name="database">The database it used.</param>
    /// <param name="connectionStringSet">
    /// Whether <c>ConnectionStrings:StudyBot</c> placed the SQLite file (else <c>Database:DataDirectory</c> did), so that
    /// the message names the setting that placed it.
    /// </param>
    public static StartupFailure? Describe(Exception exception, DatabaseSettings database, bool connectionStringSet = false) =>
        database.DescribeFailure(exception, connectionStringSet) is { } message
            ? new StartupFailure(ExitCodes.Environment, SettingNames.WithEnvironmentVariables(message))
            : null;
}
