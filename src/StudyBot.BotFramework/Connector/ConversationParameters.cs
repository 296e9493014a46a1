using StudyBot.BotFramework.Activities;

namespace StudyBot.BotFramework.Connector;

/// <summary>The body of <c>POST /v3/conversations</c>.</summary>
public sealed record ConversationParameters(
    ChannelAccount Bot,
    IReadOnlyList<ChannelAccount> Members,
    bool? IsGroup = null,
    string? TenantId = null,
    TeamsChannelData? ChannelData = null,
    Activity? Activity = null);
