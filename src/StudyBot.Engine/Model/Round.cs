namespace StudyBot.Engine.Model;

/// <summary>One posted question: the channel's daily question or an item of a personal quiz.</summary>
public sealed record Round
{
    public long Id { get; init; }
    public RoundKind Kind { get; init; }
    public long? ChannelId { get; init; }
    public long? CommunityId { get; init; }
    public long? QuizId { get; init; }

    /// <summary>Position in the quiz, from 1; null for a daily round.</summary>
    public int? Sequence { get; init; }
    public required string QuestionId { get; init; }

    /// <summary>The author's choice keys in the order shown, e.g. <c>CADB</c>: shown label A is key C.</summary>
    public required string ChoiceOrder { get; init; }

    /// <summary>The version of the question asked (<see cref="Flags.QuestionVersions"/>), so a re-grade finds the answers given to it.</summary>
    public string? QuestionVersion { get; init; }

    /// <summary>The channel's local date of a daily round; with the channel, unique.</summary>
    public DateOnly? LocalDate { get; init; }
    public DateTimeOffset OpensAt { get; init; }
    public DateTimeOffset ClosesAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The platform's id of the posted message, once published.</summary>
    public string? MessageRef { get; init; }
    public DateTimeOffset? RevealedAt { get; init; }

    public bool IsClosedAt(DateTimeOffset now) => ClosedAt is not null || now >= ClosesAt;
}
