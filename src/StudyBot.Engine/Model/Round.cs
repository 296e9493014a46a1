namespace StudyBot.Engine.Model;

/// <summary>One posted question: the channel's daily question or an item of a personal quiz.</summary>
public sealed class Round
{
    public long Id { get; set; }
    public RoundKind Kind { get; set; }
    public long? ChannelId { get; set; }
    public long? CommunityId { get; set; }
    public long? QuizId { get; set; }

    /// <summary>Position in the quiz, from 1; null for a daily round.</summary>
    public int? Sequence { get; set; }
    public required string QuestionId { get; set; }

    /// <summary>The author's choice keys in the order shown, e.g. <c>CADB</c>: shown label A is key C.</summary>
    public required string ChoiceOrder { get; set; }

    /// <summary>The channel's local date of a daily round; with the channel, unique.</summary>
    public DateOnly? LocalDate { get; set; }
    public DateTimeOffset OpensAt { get; set; }
    public DateTimeOffset ClosesAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The platform's id of the posted message, once published.</summary>
    public string? MessageRef { get; set; }
    public DateTimeOffset? RevealedAt { get; set; }

    public bool IsClosedAt(DateTimeOffset now) => ClosedAt is not null || now >= ClosesAt;
}
