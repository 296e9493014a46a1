namespace StudyBot.Engine.Presentation;

/// <summary>The top rows and, when the caller is outside them, the caller's own row.</summary>
public sealed record LeaderboardView(
    string Title,
    string PeriodLabel,
    string ScopeLabel,
    IReadOnlyList<LeaderboardRowView> Rows,
    LeaderboardRowView? Caller,
    int Participants);
