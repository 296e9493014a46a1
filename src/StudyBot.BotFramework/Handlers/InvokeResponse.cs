namespace StudyBot.BotFramework.Handlers;

/// <summary>The HTTP status and JSON body of the response to an invoke.</summary>
public sealed record InvokeResponse(int Status, object? Body);
