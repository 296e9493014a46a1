
namespace StudyBot.Host.Cli;

/// <summary>Counts over the bank that `questions stats` prints and the bank's tests check.</summary>
public sealed record BankReport(
    IReadOnlyList<BankReport.ExamCount> Exams,
    IReadOnlyDictionary<QuestionType, int> Types,
    IReadOnlyDictionary<int, int> Difficulties,
    IReadOnlyList<int> FaqCovered,
    IReadOnlyList<int> FaqMissing,
    BankFairness Fairness)
{
    public static BankReport Create(QuestionBank bank)
    {
        var exams = bank.Exams.All.Select(exam =>
        {
            var tagged = bank.Filter(exam.Code, null);
            var domains = exam.Domains.Select(d =>
            {
                var count = bank.Filter(exam.Code, d.Number).Count;
                return new DomainCount(d.Number, d.Name, d.WeightPercent, count, Percent(count, tagged.Count));
            }).ToList();
            var types = Enum.GetValues<QuestionType>().ToDictionary(t => t, t => tagged.Count(q => q.Type == t));
            return new ExamCount(exam, tagged.Count, domains, types);
        }).ToList();
        var covered = bank.All.SelectMany(q => q.Seed).Distinct().Order().ToList();
        return new BankReport(
            exams,
            Enum.GetValues<QuestionType>().ToDictionary(t => t, t => bank.All.Count(q => q.Type == t)),
            Enumerable.Range(1, 3).ToDictionary(d => d, d => bank.All.Count(q => q.Difficulty == d)),
            covered,
            Enumerable.Range(1, QuestionsCommands.FaqItems).Except(covered).ToList(),
            BankFairness.Measure(bank));
    }

    internal static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole);

    public sealed record ExamCount(Exam Exam, int Total, IReadOnlyList<DomainCount> Domains, IReadOnlyDictionary<QuestionType, int> Types)
    {
        public string Code => Exam.Code;

        public int MatchingSharePercent => Percent(Types[QuestionType.Matching], Total);
    }

    public sealed record DomainCount(int Number, string Name, int WeightPercent, int Count, int SharePercent);
}
