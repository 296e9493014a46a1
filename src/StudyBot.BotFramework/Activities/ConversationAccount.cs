namespace StudyBot.BotFramework.Activities;

/// <summary>A conversation: <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
public sealed record ConversationAccount(
    string? Id,
    string? Name = null,
    bool? IsGroup = null,
    string? ConversationType = null,
    string? TenantId = null);
