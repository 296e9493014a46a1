namespace StudyBot.Engine.Presentation;

/// <summary>The weekly digest: the board, participation, the weakest domain with a suggested quiz, and a chart.</summary>
public sealed record DigestView(
    LeaderboardView Board,
    int Participants,
    int Answers,
    int Rounds,
    IReadOnlyList<DomainStatView> TeamDomains,
    string? WeakestExam,
    DomainStatView? Weakest,
    CommandRef? SuggestedQuiz,
    byte[]? ChartPng,
    Text? Review = null,
    Text? Mock = null);
