namespace StudyBot.Discord.Rest;

/// <summary>A file sent with a message as <c>files[0]</c>.</summary>
public sealed record DiscordFile(string FileName, string ContentType, byte[] Data);
