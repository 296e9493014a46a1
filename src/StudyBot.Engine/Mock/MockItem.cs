namespace StudyBot.Engine.Mock;

/// <summary>One question of an attempt at its position: its domain, the shown order of its choices, the answer so far and a flag.</summary>
public sealed record MockItem
{
    public long AttemptId { get; init; }
    public int Position { get; init; }
    public required string QuestionId { get; init; }
    public int Domain { get; init; }

    /// <summary>The author's choice keys in the order shown, as for a round.</summary>
    public required string ChoiceOrder { get; init; }

    /// <summary>The author's keys chosen; empty while unanswered.</summary>
    public IReadOnlyList<string> Keys { get; init; } = [];
    public bool Flagged { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }

    public bool Answered => Keys.Count > 0;
}
