namespace StudyBot.Engine.Questions;

/// <summary>An exam as its official guide defines it: format, pass mark (on the 100-1,000 scale) and weighted domains.</summary>
public sealed record Exam
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required ExamLevel Level { get; init; }
    public required ExamStatus Status { get; init; }

    /// <summary>The last day the exam could be taken; set only when <see cref="Status"/> is retired.</summary>
    public DateOnly? RetiredOn { get; init; }

    public required int ScoredQuestions { get; init; }
    public required int UnscoredQuestions { get; init; }
    public required int Minutes { get; init; }
    public required int PassMark { get; init; }

    /// <summary>The question types the guide lists, in its words: multiple-choice, multiple-response, ordering, matching, case-study.</summary>
    public required IReadOnlyList<string> Types { get; init; }

    public required IReadOnlyList<ExamDomain> Domains { get; init; }

    public bool IsActive => Status == ExamStatus.Active;

    /// <summary>"active", or "retired 2026-03-31".</summary>
    public string StatusText => RetiredOn is { } date ? $"retired {date:yyyy-MM-dd}" : Status.ToString().ToLowerInvariant();

    public ExamDomain? FindDomain(int number) => Domains.FirstOrDefault(d => d.Number == number);
}
