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
        OptionsValidationException ex => Configuration(ex.Failures),

        // ValidateOnStart gathers one exception per options type with a bad setting.
        AggregateException ex when ex.InnerExceptions.Count > 0 && ex.InnerExceptions.All(e => e is OptionsValidationException) =>
            Configuration(ex.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures)),
        AggregateException { InnerExceptions.Count: 1 } ex => Describe(ex.InnerExceptions[0]),
        InvalidOperationException ex when SettingReadFailure.Describe(ex) is { } failure => Configuration([failure]),
        QuestionBankException ex when ex.Errors.Count > 0 && ex.Errors.All(e => e.Field == "path") => new(ExitCodes.QuestionBank,
            SettingNames.WithEnvironmentVariables(
                $"Questions:Path does not lead to a question bank: {string.Join("; ", ex.Errors.Select(e => e.Message))}. Set Questions:Path to the folder that holds exams.yaml and the question files.")),
        QuestionBankException ex => new(ExitCodes.QuestionBank, ex.Message),
        _ => null,
    };

    /// <summary>Reports the failure on standard error and gives its exit code.</summary>
    public async Task<int> ReportAsync(TextWriter error)
    {
        await error.WriteLineAsync(Message);
        return ExitCode;
    }

    private static StartupFailure Configuration(IEnumerable<string> failures) =>
        new(ExitCodes.Configuration, string.Join(Environment.NewLine, failures.Distinct(StringComparer.Ordinal).Select(f => "Invalid configuration: " + SettingNames.WithEnvironmentVariables(f))));
}
