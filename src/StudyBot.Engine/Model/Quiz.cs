namespace StudyBot.Engine.Model;

/// <summary>A personal quiz: a fixed list of questions answered one at a time.</summary>
public sealed record Quiz
{
    public long Id { get; init; }
    public long MemberId { get; init; }
    public Platform Platform { get; init; }
    public long? ChannelId { get; init; }
    public long? CommunityId { get; init; }
    public string? Exam { get; init; }
    public int? Domain { get; init; }

    /// <summary>The question ids in the order they are asked.</summary>
    public required IReadOnlyList<string> QuestionIds { get; init; }
    /// <summary>Practice (chosen questions) or review (the member's due cards); a review's answers are its deck's reviews.</summary>
    public QuizPurpose Purpose { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
}

public enum QuizPurpose
{
    Practice = 0,
    Review = 1,
}
