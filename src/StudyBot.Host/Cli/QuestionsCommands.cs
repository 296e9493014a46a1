using Microsoft.Extensions.Options;
using StudyBot.Engine.Questions;
using StudyBot.Host.Startup;

namespace StudyBot.Host.Cli;

internal static class QuestionsCommands
{
    public const int FaqItems = 50;

    public static int Lint(IServiceProvider services, TextWriter output, TextWriter error)
    {
        var path = services.GetRequiredService<IOptions<QuestionsOptions>>().Value.ResolvePath(services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        var (bank, errors) = QuestionBankLoader.Load(path);
        foreach (var e in errors)
        {
            error.WriteLine(e);
        }

        if (errors.Count > 0)
        {
            error.WriteLine($"{errors.Count} problem(s) in {path}");
            return 1;
        }

        output.WriteLine($"{bank.Count} questions in {path}: no problems.");
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
            output.WriteLine($"  {exam.Code,-8} {exam.Total,4}");
            foreach (var d in exam.Domains)
            {
                output.WriteLine($"    D{d.Number} {d.Name,-55} {d.Count,4}  ({d.SharePercent,3}% of the exam's questions, guide {d.WeightPercent}%)");
            }
        }

        output.WriteLine();
        output.WriteLine("By type:       " + string.Join(", ", report.Types.Select(t => $"{t.Key.ToString().ToLowerInvariant()} {t.Value} ({Percent(t.Value, bank.Count)}%)")));
        output.WriteLine("By difficulty: " + string.Join(", ", report.Difficulties.Select(t => $"{t.Key}: {t.Value} ({Percent(t.Value, bank.Count)}%)")));
        output.WriteLine();
        output.WriteLine($"Study-guide FAQ items covered: {report.FaqCovered.Count} of {FaqItems}");
        output.WriteLine("  covered:     " + (report.FaqCovered.Count == 0 ? "none" : string.Join(" ", report.FaqCovered)));
        output.WriteLine("  not covered: " + (report.FaqMissing.Count == 0 ? "none" : string.Join(" ", report.FaqMissing)));
        return errors.Count > 0 ? 1 : 0;
    }

    private static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole);
}
