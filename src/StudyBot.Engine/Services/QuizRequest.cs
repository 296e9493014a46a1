namespace StudyBot.Engine.Services;

/// <summary>A request for a personal quiz; exam and domain optional, count 1 to 20.</summary>
public sealed record QuizRequest(MemberRef Member, long? ChannelId, long? CommunityId, string? Exam, int? Domain, int Count);
