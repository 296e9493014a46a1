namespace StudyBot.Engine.Questions;

/// <summary>The bank cannot be used; the message lists every problem with file, id and field.</summary>
public sealed class QuestionBankException(IReadOnlyList<LintError> errors)
    : Exception(BuildMessage(errors))
{
    public IReadOnlyList<LintError> Errors { get; } = errors;

    private static string BuildMessage(IReadOnlyList<LintError> errors) =>
        $"The question bank has {errors.Count} problem(s):{Environment.NewLine}" +
        string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
