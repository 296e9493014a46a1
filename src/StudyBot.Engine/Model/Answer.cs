namespace StudyBot.Engine.Model;

/// <summary>A member's first and only answer to a round.</summary>
public sealed class Answer
{
    public long Id { get; set; }
    public long RoundId { get; set; }
    public long MemberId { get; set; }

    // Copied from the round so boards and stats are single indexed queries.
    public RoundKind Kind { get; set; }
    public long? ChannelId { get; set; }
    public long? CommunityId { get; set; }
    public required string QuestionId { get; set; }

    /// <summary>The author's keys chosen, comma-separated, in the order given.</summary>
    public required string Choice { get; set; }
    public bool Correct { get; set; }
    public int Points { get; set; }
    public DateTimeOffset AnsweredAt { get; set; }
}
