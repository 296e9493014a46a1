namespace StudyBot.Engine.Daily;

/// <summary>Turns a stored round into the platform-neutral view the adapters render.</summary>
public sealed class RoundPresenter(QuestionBank bank, TimeProvider time)
{
    public RoundView Present(Round round, int answerCount, string? zoneId, int? quizCount = null)
    {
        var question = bank.Get(round.QuestionId);
        var choices = round.ChoiceOrder
            .Select((key, index) => new ChoiceView(Grader.LabelAt(index), question.Choices[key.ToString()]))
            .ToList();
        var view = new RoundView(
            round.Id,
            round.Kind,
            question.Id,
            question.Type,
            question.Difficulty,
            question.Prompt,
            choices,
            question.PickCount,
            ExamLabel(question),
            round.ClosesAt,
            string.IsNullOrWhiteSpace(zoneId) ? "UTC" : zoneId,
            answerCount,
            round.Sequence,
            quizCount,
            round.IsClosedAt(time.GetUtcNow()));
        return question.Type == QuestionType.Matching ? view with { Items = Items(question) } : view;
    }

    /// <summary>A matching question's items in item order (they are not shuffled; only the choices are).</summary>
    public static IReadOnlyList<ItemView> Items(Question question) =>
        question.Items.Select(kv => new ItemView(int.Parse(kv.Key, System.Globalization.CultureInfo.InvariantCulture), kv.Value)).OrderBy(i => i.Number).ToList();

    /// <summary>
    /// Where the question sits, each exam named once with its domains' names from the catalog:
    /// "AIF-C01 · Applications of foundation models", "MLA-C01 · Data preparation for ML; MLS-C01 · Data engineering".
    /// </summary>
    public string ExamLabel(Question question) => ExamLabel(question, bank.Exams);

    public static string ExamLabel(Question question, ExamCatalog exams) => string.Join("; ", question.Exams
        .GroupBy(e => e.Exam, StringComparer.OrdinalIgnoreCase)
        .Select(g =>
        {
            var exam = exams.Find(g.Key);
            var domains = g.Select(e => e.Domain).Distinct().Select(d => exam?.FindDomain(d)?.Name ?? $"domain {d}");
            return $"{exam?.Code ?? g.Key} · {string.Join(" / ", domains)}";
        }));
}
