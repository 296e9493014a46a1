using Microsoft.Extensions.Options;
using StudyBot.Host.Startup;

namespace StudyBot.Host.Cli;

internal static class QuestionsCommands
{
    public const int FaqItems = 50;

    public static int Lint(IServiceProvider services, TextWriter output, TextWriter error)
    {
        var path = services.GetRequiredService<IOptions<QuestionsOptions>>().Value.ResolvePath(services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        var lint = BankLint.Run(path);
        foreach (var e in lint.Errors.Concat(lint.Fairness.KeyTooLong).Concat(lint.Fairness.KeyOnlyEchoOnActiveExam))
        {
            error.WriteLine(e);
        }

        foreach (var w in lint.ServiceWarnings)
        {
            output.WriteLine("warning: " + w);
        }

        foreach (var w in lint.EchoWarnings)
        {
            output.WriteLine("warning: " + w);
        }

        var fairness = lint.Fairness;
        foreach (var figure in fairness.Exceeded)
        {
            error.WriteLine("fairness: " + figure);
        }

        if (!lint.Passed)
        {
            error.WriteLine($"{lint.Errors.Count} problem(s), {fairness.KeyTooLong.Count} key(s) over {BankFairness.MaxKeyToDistractorRatio}x the longest distractor, " +
                $"{fairness.KeyOnlyEchoOnActiveExam.Count} key(s) alone repeating a prompt word, {fairness.Exceeded.Count} fairness figure(s) over the limit in {path}");
            return 1;
        }

        output.WriteLine($"{lint.Bank.Count} questions in {path}: no problems ({lint.ServiceWarnings.Count + lint.EchoWarnings.Count} warning(s)).");
        return 0;
    }

    public static int Stats(IServiceProvider services, TextWriter output, TextWriter error)
    {
        var path = services.GetRequiredService<IOptions<QuestionsOptions>>().Value.ResolvePath(services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        var (bank, errors) = QuestionBankLoader.Load(path);
        if (errors.Count > 0)
        {
            error.WriteLine($"{errors.Count} problem(s) in the bank; run 'questions lint'. Counting the {bank.Count} valid questions.");
        }

        var report = BankReport.Create(bank);
        output.WriteLine($"Questions: {bank.Count}");
        output.WriteLine();
        output.WriteLine("By exam and domain:");
        foreach (var exam in report.Exams)
        {
            var e = exam.Exam;
            output.WriteLine($"  {e.Code,-8} {exam.Total,4}  {e.StatusText}: {e.Name} ({e.Level.ToString().ToLowerInvariant()}; " +
                $"{e.ScoredQuestions} scored + {e.UnscoredQuestions} unscored, {e.Minutes} min, pass {e.PassMark}; {string.Join(", ", e.Types)})");
            foreach (var d in exam.Domains)
            {
                output.WriteLine($"    D{d.Number} {d.Name,-62} {d.Count,4}  ({d.SharePercent,3}% of the exam's questions, guide {d.WeightPercent}%)");
            }

            output.WriteLine("    types: " + string.Join(", ", exam.Types.Select(t => $"{Name(t.Key)} {t.Value} ({BankReport.Percent(t.Value, exam.Total)}%)")));
        }

        output.WriteLine();
        output.WriteLine("By type:       " + string.Join(", ", report.Types.Select(t => $"{Name(t.Key)} {t.Value} ({BankReport.Percent(t.Value, bank.Count)}%)")));
        output.WriteLine("Matching share per active exam: " + string.Join(", ", report.Exams.Where(x => x.Exam.IsActive).Select(x => $"{x.Code} {x.MatchingSharePercent}%")));
        output.WriteLine("By difficulty: " + string.Join(", ", report.Difficulties.Select(t => $"{t.Key}: {t.Value} ({BankReport.Percent(t.Value, bank.Count)}%)")));
        output.WriteLine();
        var fairness = report.Fairness;
        output.WriteLine("Fair choices:");
        foreach (var figure in fairness.SingleKeyLongestByExam.Prepend(fairness.SingleKeyLongest).Append(fairness.MultipleKeysAllLonger))
        {
            output.WriteLine("  " + figure);
        }

        output.WriteLine($"  keys over {BankFairness.MaxKeyToDistractorRatio}x the longest distractor: {fairness.KeyTooLong.Count} (at most 0)");
        output.WriteLine($"  only the key repeats a distinctive prompt word, active exams: {fairness.KeyOnlyEchoOnActiveExam.Count} (at most 0)");
        output.WriteLine($"  only the key repeats a distinctive prompt word, retired exams only (warning): {fairness.KeyOnlyEcho.Count - fairness.KeyOnlyEchoOnActiveExam.Count}");
        output.WriteLine();
        output.WriteLine($"Study-guide FAQ items covered: {report.FaqCovered.Count} of {FaqItems}");
        output.WriteLine("  covered:     " + (report.FaqCovered.Count == 0 ? "none" : string.Join(" ", report.FaqCovered)));
        output.WriteLine("  not covered: " + (report.FaqMissing.Count == 0 ? "none" : string.Join(" ", report.FaqMissing)));
        return errors.Count > 0 ? 1 : 0;
    }

    private static string Name(QuestionType type) => type.ToString().ToLowerInvariant();
}
