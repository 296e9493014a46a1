namespace StudyBot.Discord.Interactions;

/// <summary>The parts of Discord's interaction object the bot reads.</summary>
public sealed record Interaction(
    string? Id,
    string? ApplicationId,
    int Type,
    InteractionData? Data,
    string? GuildId,
    InteractionChannel? Channel,
    string? ChannelId,
    GuildMember? Member,
    DiscordUser? User,
    string? Token,
    InteractionMessage? Message,
    string? Locale)
{
    /// <summary>The invoker: <c>member.user</c> in a server, <c>user</c> in a DM.</summary>
    public DiscordUser? Invoker => Member?.User ?? User;

    public string? EffectiveChannelId => ChannelId ?? Channel?.Id;
}
