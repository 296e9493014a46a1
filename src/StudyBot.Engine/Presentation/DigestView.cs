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
    Text? Mock = null)
{
    /// <summary>"3 people answered 5 times over 2 questions." (counts only: nobody is named).</summary>
    public string Participation =>
        $"{Wording.Count(Participants, "person", "people")} answered {Wording.Count(Answers, "time", "times")} over {Wording.Count(Rounds, "question", "questions")}.";
}
