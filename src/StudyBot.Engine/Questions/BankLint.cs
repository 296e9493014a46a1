namespace StudyBot.Engine.Questions;

/// <summary>
/// Everything <c>questions lint</c> reports: the loader's errors, fairness errors (a key far longer than the distractors,
/// a bank-wide figure over its limit) and warnings (service status not mentioned; only the key echoes the prompt).
/// </summary>
public sealed record BankLint(
    QuestionBank Bank,
    IReadOnlyList<LintError> Errors,
    BankFairness Fairness,
    IReadOnlyList<LintError> ServiceWarnings)
{
    /// <summary>True when nothing fails: no error and no fairness figure over its limit. Warnings do not fail.</summary>
    public bool Passed => Errors.Count == 0 && Fairness.KeyTooLong.Count == 0 && Fairness.Exceeded.Count == 0;

    public static BankLint Run(string folder)
    {
        var (bank, errors) = QuestionBankLoader.Load(folder);
        return new BankLint(bank, errors, BankFairness.Measure(bank), ServiceStatusCheck.Warnings(bank));
    }
}
