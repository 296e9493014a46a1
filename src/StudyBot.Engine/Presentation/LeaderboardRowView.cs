namespace StudyBot.Engine.Presentation;

public sealed record LeaderboardRowView(
    int Rank,
    long MemberId,
    string Name,
    int Points,
    int Answered,
    int Correct,
    double Accuracy,
    int CurrentStreak);
