namespace StudyBot.Engine.Model;

/// <summary>A personal quiz: a fixed list of questions answered one at a time.</summary>
public sealed class Quiz
{
    public long Id { get; set; }
    public long MemberId { get; set; }
    public Platform Platform { get; set; }
    public long? ChannelId { get; set; }
    public long? CommunityId { get; set; }
    public string? Exam { get; set; }
    public int? Domain { get; set; }

    /// <summary>The question ids, comma-separated, in the order they are asked.</summary>
    public required string QuestionIds { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    public IReadOnlyList<string> QuestionIdList => QuestionIds.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
