using System.Text.RegularExpressions;

namespace StudyBot.Host.Startup;

/// <summary>Names a setting both ways: <c>Discord:BotToken</c> in a settings file, <c>Discord__BotToken</c> in the environment.</summary>
public static partial class SettingNames
{
    public static string EnvironmentVariable(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    /// <summary>Adds the environment-variable form of each setting the message names, once, at its end.</summary>
    public static string WithEnvironmentVariables(string message)
    {
        var keys = Key().Matches(message).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        return keys.Count == 0
            ? message
            : $"{message} (environment: {string.Join(", ", keys.Select(EnvironmentVariable))})";
    }

    [GeneratedRegex(@"\b(?:ConnectionStrings|Database|Questions|Discord|BotFramework|Scheduling|Metrics|Logging|Telemetry)(?::[A-Za-z][A-Za-z0-9]*)+\b")]
    private static partial Regex Key();
}
