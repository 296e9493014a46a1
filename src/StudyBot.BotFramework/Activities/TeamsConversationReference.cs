namespace StudyBot.BotFramework.Activities;

/// <summary>What a proactive post needs, stored as JSON in the engine's opaque <c>Channel.ConversationReference</c>.</summary>
public sealed record TeamsConversationReference(
    string ServiceUrl,
    string ConversationId,
    string? BotId,
    string? BotName,
    string? TenantId,
    string ChannelId = "msteams");
