namespace StudyBot.Discord.Interactions;

/// <summary>An embed image; <c>attachment://name.png</c> points at a file sent with the message.</summary>
public sealed record EmbedImage(string Url);
