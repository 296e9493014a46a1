using StudyBot.Engine.Model;

namespace StudyBot.Engine.Services;

public sealed record LeaderboardRequest(Channel Channel, long? CallerMemberId, BoardPeriod Period, BoardScope Scope, int Top = LeaderboardService.DefaultTop);
