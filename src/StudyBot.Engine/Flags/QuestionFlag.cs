namespace StudyBot.Engine.Flags;

/// <summary>A member's report of a problem with one version of a question; at most one per member and version.</summary>
public sealed record QuestionFlag
{
    public const int MaxTextLength = 1000;

    public long Id { get; init; }
    public long MemberId { get; init; }

    /// <summary>Where it was reported from; null in a personal chat or the terminal (the bank's maintainers see those).</summary>
    public long? CommunityId { get; init; }
    public required string QuestionId { get; init; }
    public required string QuestionVersion { get; init; }
    public FlagReason Reason { get; init; }
    public string Text { get; init; } = string.Empty;
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When an admin (or a corrected bank) resolved it; null while open.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }
    public long? ResolutionId { get; init; }
}

/// <summary>What was decided about a question version in one community (or for rounds without one), and what it changed.</summary>
public sealed record FlagResolution
{
    public long Id { get; init; }
    public long? CommunityId { get; init; }
    public required string QuestionId { get; init; }
    public required string QuestionVersion { get; init; }
    public FlagAction Action { get; init; }

    /// <summary>The author's keys graded as right from now on (fix-key and a corrected bank); empty otherwise.</summary>
    public IReadOnlyList<string> Answer { get; init; } = [];
    public string Note { get; init; } = string.Empty;
    public long? ResolvedByMemberId { get; init; }
    public DateTimeOffset ResolvedAt { get; init; }

    /// <summary>Members whose points went up, and down.</summary>
    public int Gained { get; init; }
    public int Lost { get; init; }

    /// <summary>
    /// Set for a re-grade that must happen once (a corrected bank at start-up): unique, so the same one is never applied
    /// twice, whatever restarts or hosts run it.
    /// </summary>
    public string? OnceKey { get; init; }
}

/// <summary>The graded content of a question version as first seen, so a later version can tell whether its key changed.</summary>
public sealed record QuestionVersionRecord(string Version, string QuestionId, IReadOnlyList<string> Answer, IReadOnlyList<string> ChoiceKeys, DateTimeOffset FirstSeenAt);
