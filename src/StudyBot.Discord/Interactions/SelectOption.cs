namespace StudyBot.Discord.Interactions;

/// <summary>An option of a string select; <see cref="Default"/> shows it as already chosen.</summary>
public sealed record SelectOption(string Label, string Value, string? Description = null, bool? Default = null);
