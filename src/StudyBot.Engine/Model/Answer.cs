namespace StudyBot.Engine.Model;

/// <summary>A member's first and only answer to a round.</summary>
public sealed record Answer
{
    public long Id { get; init; }
    public long RoundId { get; init; }
    public long MemberId { get; init; }

    // Copied from the round so boards and stats are single indexed queries.
    public RoundKind Kind { get; init; }
    public long? ChannelId { get; init; }
    public long? CommunityId { get; init; }
    public required string QuestionId { get; init; }

    /// <summary>The author's keys chosen, in the order given.</summary>
    public required IReadOnlyList<string> Keys { get; init; }
    public bool Correct { get; init; }
    public int Points { get; init; }
    public DateTimeOffset AnsweredAt { get; init; }
}
