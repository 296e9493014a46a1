namespace StudyBot.Discord.Interactions;

public sealed record SelectOption(string Label, string Value, string? Description = null);
