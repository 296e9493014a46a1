namespace StudyBot.BotFramework.Connector;

public sealed record ConversationResourceResponse(string? Id, string? ActivityId = null, string? ServiceUrl = null);
