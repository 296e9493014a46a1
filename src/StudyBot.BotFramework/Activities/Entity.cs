namespace StudyBot.BotFramework.Activities;

/// <summary>An entity of any type; only <c>mention</c> fields are read, the rest is tolerated.</summary>
public sealed record Entity(string? Type, ChannelAccount? Mentioned = null, string? Text = null);
