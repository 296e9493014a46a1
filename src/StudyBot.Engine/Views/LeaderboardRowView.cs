namespace StudyBot.Engine.Views;

public sealed record LeaderboardRowView(
    int Rank,
    long MemberId,
    string Name,
    int Points,
    int Answered,
    int Correct,
    double Accuracy,
    int CurrentStreak);
