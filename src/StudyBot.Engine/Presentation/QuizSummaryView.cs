namespace StudyBot.Engine.Presentation;

public sealed record QuizSummaryView(
    long QuizId,
    int Correct,
    int Total,
    int Points,
    int MaxPoints,
    TimeSpan Duration,
    IReadOnlyList<MissedQuestionView> Missed);
