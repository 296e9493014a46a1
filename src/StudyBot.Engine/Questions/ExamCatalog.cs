namespace StudyBot.Engine.Questions;

/// <summary>
/// The exams of the bank, read from its <c>exams.yaml</c>. "All exams" means the active ones; a retired exam is still
/// found by its code, for those who want to practise it.
/// </summary>
public sealed class ExamCatalog
{
    public ExamCatalog(IEnumerable<Exam> exams)
    {
        All = exams.ToList();
        Active = All.Where(e => e.IsActive).ToList();
    }

    public IReadOnlyList<Exam> All { get; }

    public IReadOnlyList<Exam> Active { get; }

    public Exam? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(e => string.Equals(e.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    public bool IsActive(string code) => Find(code)?.IsActive == true;

    /// <summary>The codes as a list for messages: active ones first, then retired ones marked as such.</summary>
    public string Describe() =>
        string.Join(", ", Active.Select(e => e.Code).Concat(All.Where(e => !e.IsActive).Select(e => $"{e.Code} ({e.StatusText})")));
}
