namespace StudyBot.Engine.Questions;

/// <summary>
/// Everything <c>questions lint</c> reports: the loader's errors, fairness errors (a key far longer than the distractors,
/// a bank-wide figure over its limit, only the key echoing the prompt in a question for an active exam) and warnings
/// (service status not mentioned; only the key echoes the prompt in a question for a retired exam only).
/// </summary>
public sealed record BankLint(
    QuestionBank Bank,
    IReadOnlyList<LintError> Errors,
    BankFairness Fairness,
    IReadOnlyList<LintError> ServiceWarnings)
{
    /// <summary>
    /// True when nothing fails: no error, no key too long, no fairness figure over its limit and no key that alone echoes
    /// the prompt in a question for an active exam. Warnings do not fail.
    /// </summary>
    public bool Passed => Errors.Count == 0 && Fairness.KeyTooLong.Count == 0 && Fairness.Exceeded.Count == 0 && Fairness.KeyOnlyEchoOnActiveExam.Count == 0;

    /// <summary>Only the key echoes the prompt, in questions tagged for retired exams only: reported, not failed.</summary>
    public IReadOnlyList<LintError> EchoWarnings => Fairness.KeyOnlyEcho.Except(Fairness.KeyOnlyEchoOnActiveExam).ToList();

    public static BankLint Run(string folder)
    {
        var (bank, errors) = QuestionBankLoader.Load(folder);
        return new BankLint(bank, errors, BankFairness.Measure(bank), ServiceStatusCheck.Warnings(bank));
    }
}
