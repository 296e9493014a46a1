namespace StudyBot.BotFramework.Tests;

internal sealed record ConnectorRequest(string Method, string Path, string Body, string Authorization, DateTimeOffset ReceivedAt);
