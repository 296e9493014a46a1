namespace StudyBot.Engine.Questions;

/// <summary>One problem in the bank, located by file, question id and field.</summary>
public sealed record LintError(string File, string? QuestionId, string Field, string Message)
{
    public override string ToString() => $"{File}: {QuestionId ?? "(file)"}: {Field}: {Message}";
}
