namespace StudyBot.Engine.Questions;

/// <summary>An exam and its official domains, weights and pass mark (on the 1,000 scale).</summary>
public sealed record Exam(string Code, string Name, int PassMark, IReadOnlyList<ExamDomain> Domains)
{
    public ExamDomain? FindDomain(int number) => Domains.FirstOrDefault(d => d.Number == number);
}
