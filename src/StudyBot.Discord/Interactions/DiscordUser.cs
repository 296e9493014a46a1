namespace StudyBot.Discord.Interactions;

public sealed record DiscordUser(string Id, string? Username, string? GlobalName, bool? Bot);
