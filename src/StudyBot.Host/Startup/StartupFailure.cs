using Microsoft.Extensions.Options;
using StudyBot.Host.Cli;

namespace StudyBot.Host.Startup;

/// <summary>
/// A failure a person can fix, said in one line that names the setting (and its environment variable) instead of a
/// stack trace; null for a failure nobody foresaw, which keeps its stack trace.
/// </summary>
public sealed record StartupFailure(int ExitCode, string Message)
{
    public static StartupFailure? Describe(Exception exception) => exception switch
    {
        OptionsValidationException ex => new(ExitCodes.Configuration, string.Join(Environment.NewLine, ex.Failures.Select(f => "Invalid configuration: " + SettingNames.WithEnvironmentVariables(f)))),
        QuestionBankException ex => new(ExitCodes.QuestionBank, ex.Message),
        _ => null,
    };
}
