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
    Text? Mock = null,
    IReadOnlyList<Text>? Notes = null,
    string? ExternalId = null)
{
    /// <summary>What the figures count, in words (streaks count daily questions; a question of two exams counts under each).</summary>
    public IReadOnlyList<Text> NoteList => Notes ?? [];
}
