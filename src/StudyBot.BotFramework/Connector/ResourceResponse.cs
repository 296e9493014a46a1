namespace StudyBot.BotFramework.Connector;

public sealed record ResourceResponse(string? Id);
