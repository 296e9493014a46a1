namespace StudyBot.Discord.Interactions;

/// <summary>A partial member in <c>resolved.members</c>: no user, deaf or mute.</summary>
public sealed record ResolvedMember(string? Nick, string? Permissions);
