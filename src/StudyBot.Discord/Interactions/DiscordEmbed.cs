namespace StudyBot.Discord.Interactions;

public sealed record DiscordEmbed(string? Title, string? Description, EmbedImage? Image = null);
