namespace StudyBot.Engine.Presentation;

/// <summary>The top rows and, when the caller is outside them, the caller's own row.</summary>
public sealed record LeaderboardView(
    string Title,
    string PeriodLabel,
    string ScopeLabel,
    IReadOnlyList<LeaderboardRowView> Rows,
    LeaderboardRowView? Caller,
    int Participants,
    BoardScope Scope = BoardScope.Channel,
    string? ChannelExternalId = null)
{
    /// <summary>True when the rows shown are not everyone who answered in the period (a top ten of more).</summary>
    public bool Truncated => Rows.Count + (Caller is null ? 0 : 1) < Participants;
}
