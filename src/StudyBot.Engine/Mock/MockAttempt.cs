namespace StudyBot.Engine.Mock;

/// <summary>
/// A member's timed mock exam. While <see cref="FinishedAt"/> is null it is in progress (one per member); its score is
/// stored when it ends, by a submit or at <see cref="DeadlineAt"/>.
/// </summary>
public sealed record MockAttempt
{
    public long Id { get; init; }
    public long MemberId { get; init; }
    public Platform Platform { get; init; }
    public required string Exam { get; init; }

    /// <summary>The zone the clock is worded in where a platform cannot show each reader their own time.</summary>
    public required string Zone { get; init; }
    public int QuestionCount { get; init; }

    /// <summary>The question the member is on, from 1.</summary>
    public int Position { get; init; } = 1;
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset DeadlineAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public MockFinish? Finish { get; init; }
    public int? Correct { get; init; }
    public int? ScaledScore { get; init; }
    public bool? Passed { get; init; }

    /// <summary>When the attempt's questions went into the member's review deck (null until then).</summary>
    public DateTimeOffset? ReviewedAt { get; init; }

    public bool IsOpen => FinishedAt is null;
}

/// <summary>How an attempt ended.</summary>
public enum MockFinish
{
    /// <summary>The member submitted it.</summary>
    Submitted = 1,

    /// <summary>It reached its time limit (the member was away, or answering when time ran out).</summary>
    TimedOut = 2,
}
