namespace StudyBot.Discord.Interactions;

/// <summary>Describes <c>files[Id]</c> of a multipart message.</summary>
public sealed record DiscordAttachment(int Id, string Filename);
