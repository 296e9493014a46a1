namespace StudyBot.Engine.Presentation;

/// <summary>
/// Accuracy per domain of one exam; <see cref="Readiness"/> (0 to 1,000) only once <see cref="Answered"/> reaches the minimum.
/// </summary>
public sealed record ExamStatView(
    string Exam,
    string ExamName,
    int PassMark,
    int Answered,
    IReadOnlyList<DomainStatView> Domains,
    DomainStatView? Weakest,
    int? Readiness,
    int MinimumForReadiness);
