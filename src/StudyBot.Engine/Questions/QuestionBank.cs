namespace StudyBot.Engine.Questions;

/// <summary>The loaded, valid questions with their exam catalog, looked up by id and filtered by exam and domain.</summary>
public sealed class QuestionBank
{
    private readonly Dictionary<string, Question> _byId;

    public QuestionBank(IEnumerable<Question> questions, ExamCatalog exams, IReadOnlyList<ServiceStatus>? serviceStatuses = null)
    {
        All = questions.ToList();
        _byId = All.ToDictionary(q => q.Id, StringComparer.Ordinal);
        Exams = exams;
        ServiceStatuses = serviceStatuses ?? [];
    }

    public IReadOnlyList<Question> All { get; }

    public ExamCatalog Exams { get; }

    /// <summary>Services that were renamed, retired or closed to new customers (from services.yaml).</summary>
    public IReadOnlyList<ServiceStatus> ServiceStatuses { get; }

    public int Count => All.Count;

    public Question? Find(string id) => _byId.GetValueOrDefault(id);

    public Question Get(string id) =>
        _byId.TryGetValue(id, out var q) ? q : throw new KeyNotFoundException($"Question '{id}' is not in the bank.");

    /// <summary>
    /// Questions for an exam and, optionally, one of its domains. With no exam: the questions of the active exams, so a
    /// question tagged only for a retired exam is drawn only when that exam is asked for by its code.
    /// </summary>
    public IReadOnlyList<Question> Filter(string? exam, int? domain) => All
        .Where(q => exam is null
            ? q.Exams.Any(e => Exams.IsActive(e.Exam))
            : domain is null ? q.IsTaggedFor(exam) : q.IsTaggedFor(exam, domain.Value))
        .ToList();
}
