using StudyBot.Engine.Model;

namespace StudyBot.Engine.Services;

/// <summary>Who is acting, as the adapter knows them.</summary>
public sealed record MemberRef(Platform Platform, string ExternalId, string DisplayName);
