
namespace StudyBot.Host.Cli;

/// <summary>Counts over the bank that `questions stats` prints and the bank's tests check.</summary>
public sealed record BankReport(
    IReadOnlyList<BankReport.ExamCount> Exams,
    IReadOnlyDictionary<QuestionType, int> Types,
    IReadOnlyDictionary<int, int> Difficulties,
    IReadOnlyList<int> FaqCovered,
    IReadOnlyList<int> FaqMissing)
{
    public static BankReport Create(QuestionBank bank)
    {
        var exams = ExamCatalog.All.Select(exam =>
        {
            var tagged = bank.Filter(exam.Code, null);
            var domains = exam.Domains.Select(d =>
            {
                var count = bank.Filter(exam.Code, d.Number).Count;
                return new DomainCount(d.Number, d.Name, d.WeightPercent, count, tagged.Count == 0 ? 0 : (int)Math.Round(100.0 * count / tagged.Count));
            }).ToList();
            return new ExamCount(exam.Code, tagged.Count, domains);
        }).ToList();
        var covered = bank.All.SelectMany(q => q.Seed).Distinct().Order().ToList();
        return new BankReport(
            exams,
            Enum.GetValues<QuestionType>().ToDictionary(t => t, t => bank.All.Count(q => q.Type == t)),
            Enumerable.Range(1, 3).ToDictionary(d => d, d => bank.All.Count(q => q.Difficulty == d)),
            covered,
            Enumerable.Range(1, QuestionsCommands.FaqItems).Except(covered).ToList());
    }

    public sealed record ExamCount(string Code, int Total, IReadOnlyList<DomainCount> Domains);

    public sealed record DomainCount(int Number, string Name, int WeightPercent, int Count, int SharePercent);
}
