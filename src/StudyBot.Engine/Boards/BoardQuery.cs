namespace StudyBot.Engine.Boards;

/// <summary>Which answers a board counts: a channel or a community, a time window, and whether quiz answers count.</summary>
public sealed record BoardQuery(long? ChannelId, long? CommunityId, DateTimeOffset? From, DateTimeOffset? To, bool IncludeQuiz);
