namespace StudyBot.Engine.Questions;

/// <summary>The loaded, valid questions, looked up by id and filtered by exam and domain.</summary>
public sealed class QuestionBank
{
    private readonly Dictionary<string, Question> _byId;

    public QuestionBank(IEnumerable<Question> questions)
    {
        All = questions.ToList();
        _byId = All.ToDictionary(q => q.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Question> All { get; }

    public int Count => All.Count;

    public Question? Find(string id) => _byId.GetValueOrDefault(id);

    public Question Get(string id) =>
        _byId.TryGetValue(id, out var q) ? q : throw new KeyNotFoundException($"Question '{id}' is not in the bank.");

    /// <summary>Questions for an exam (all when null) and, optionally, one of its domains.</summary>
    public IReadOnlyList<Question> Filter(string? exam, int? domain) => All
        .Where(q => exam is null || (domain is null ? q.IsTaggedFor(exam) : q.IsTaggedFor(exam, domain.Value)))
        .ToList();
}
