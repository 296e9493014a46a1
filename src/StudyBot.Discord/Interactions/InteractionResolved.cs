namespace StudyBot.Discord.Interactions;

public sealed record InteractionResolved(
    IReadOnlyDictionary<string, DiscordUser>? Users,
    IReadOnlyDictionary<string, ResolvedMember>? Members);
