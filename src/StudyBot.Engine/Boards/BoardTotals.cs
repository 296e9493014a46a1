namespace StudyBot.Engine.Boards;

/// <summary>
/// One member's totals on a board; <see cref="ReachedAt"/> is when the last point was scored. The member's name and
/// board privacy come with the totals, so a board needs no second lookup of every member in its scope.
/// </summary>
public sealed record BoardTotals(long MemberId, int Points, int Answered, int Correct, DateTimeOffset? ReachedAt, string DisplayName, bool HiddenFromBoards);
