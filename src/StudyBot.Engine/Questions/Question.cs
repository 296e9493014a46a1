namespace StudyBot.Engine.Questions;

/// <summary>One question of the bank, as written in YAML. Choice keys are the author's (A, B, ...).</summary>
public sealed record Question
{
    public required string Id { get; init; }
    public required string Topic { get; init; }
    public required string File { get; init; }
    public required QuestionType Type { get; init; }
    public required int Difficulty { get; init; }
    public required IReadOnlyList<ExamTag> Exams { get; init; }
    public IReadOnlyList<string> Services { get; init; } = [];
    public required string Prompt { get; init; }
    public required IReadOnlyDictionary<string, string> Choices { get; init; }

    /// <summary>The items to match (matching only), keyed 1, 2, 3 ... in the order they are shown.</summary>
    public IReadOnlyDictionary<string, string> Items { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The answer keys: one for single, the set for multiple, the order for ordering, and for matching the choice key of
    /// each item in item order.
    /// </summary>
    public required IReadOnlyList<string> Answer { get; init; }
    public required string Explanation { get; init; }
    public IReadOnlyList<string> References { get; init; } = [];
    public required DateOnly Verified { get; init; }
    public IReadOnlyList<int> Seed { get; init; } = [];

    /// <summary>Points a correct answer earns: the difficulty (1, 2 or 3).</summary>
    public int Points => Difficulty;

    /// <summary>How many choices the member has to pick (multiple), to place (ordering) or to match (one per item).</summary>
    public int PickCount => Type == QuestionType.Single ? 1 : Answer.Count;

    public bool IsTaggedFor(string exam) => Exams.Any(e => string.Equals(e.Exam, exam, StringComparison.OrdinalIgnoreCase));

    public bool IsTaggedFor(string exam, int domain) =>
        Exams.Any(e => string.Equals(e.Exam, exam, StringComparison.OrdinalIgnoreCase) && e.Domain == domain);
}
