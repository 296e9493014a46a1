namespace StudyBot.Engine.Boards;

public sealed record LeaderboardRequest(Channel Channel, long? CallerMemberId, BoardPeriod Period, BoardScope Scope, int Top = LeaderboardService.DefaultTop);
