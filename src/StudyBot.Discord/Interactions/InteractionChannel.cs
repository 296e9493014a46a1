namespace StudyBot.Discord.Interactions;

public sealed record InteractionChannel(string? Id, string? Name, int? Type);
