namespace StudyBot.Engine.Ports;

/// <summary>One member's totals on a board; <see cref="ReachedAt"/> is when the last point was scored.</summary>
public sealed record BoardTotals(long MemberId, int Points, int Answered, int Correct, DateTimeOffset? ReachedAt);
