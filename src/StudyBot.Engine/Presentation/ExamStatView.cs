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
    int MinimumForReadiness,
    bool Retired = false)
{
    /// <summary>"Readiness shows after 20 answers in this exam: 2 so far." (null once readiness is known).</summary>
    public string? ReadinessPending => Readiness is null ? $"Readiness shows after {MinimumForReadiness} answers in this exam: {Answered} so far." : null;

    /// <summary>The exam's heading: "AIF-C01 · AWS Certified AI Practitioner", marked when retired.</summary>
    public string Heading => $"{Exam} · {ExamName}{(Retired ? " (retired)" : string.Empty)}";
}
