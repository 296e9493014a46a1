namespace StudyBot.Engine.Presentation;

/// <summary>The close of a daily round: the key, why, how the channel answered, who got it, and the week's top three.</summary>
public sealed record RevealView(
    RoundView Round,
    IReadOnlyList<string> CorrectLabels,
    string CorrectText,
    string Explanation,
    IReadOnlyList<ChoiceTallyView> Tallies,
    IReadOnlyList<string> CorrectNames,
    int AnswerCount,
    IReadOnlyList<LeaderboardRowView> TopThisWeek,
    string? MessageRef = null);
