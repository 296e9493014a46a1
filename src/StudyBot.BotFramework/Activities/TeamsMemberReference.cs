namespace StudyBot.BotFramework.Activities;

/// <summary>
/// What a private message to a member needs, kept as JSON in the engine's opaque member reference: the service URL and
/// tenant of their traffic, their Teams account id (29:…), the bot, and the personal chat's id once they wrote there.
/// </summary>
public sealed record TeamsMemberReference(
    string ServiceUrl,
    string UserId,
    string? TenantId,
    string? BotId,
    string? BotName,
    string? PersonalConversationId,
    string ChannelId = "msteams");
