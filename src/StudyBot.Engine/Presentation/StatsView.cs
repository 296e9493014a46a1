namespace StudyBot.Engine.Presentation;

public sealed record StatsView(
    long MemberId,
    string Name,
    int Answered,
    int Correct,
    int Points,
    int CurrentStreak,
    int LongestStreak,
    int AnsweredThisWeek,
    bool HiddenFromBoards,
    IReadOnlyList<ExamStatView> Exams,
    Text? Review = null,
    Text? Mock = null);
