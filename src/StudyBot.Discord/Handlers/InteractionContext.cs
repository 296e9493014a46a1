using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Handlers;

/// <summary>An interaction with its actor: who clicked or typed, where, and whether Discord says they may manage the server.</summary>
public sealed record InteractionContext(Interaction Interaction, Actor Actor)
{
    public string? GuildId => Interaction.GuildId;

    public string? ChannelId => Interaction.EffectiveChannelId;

    /// <summary>The subcommand's name, when the command was invoked through one.</summary>
    public string? Subcommand => Interaction.Data?.Options?.FirstOrDefault(o => o.IsSubcommand)?.Name;

    /// <summary>The command's options, at the top level or under its subcommand (the parser has refused nulls among them).</summary>
    public IReadOnlyList<InteractionOption> Options
    {
        get
        {
            var options = Interaction.Data?.Options ?? [];
            var nested = options.FirstOrDefault(o => o.IsSubcommand)?.Options ?? [];
            return [.. options.Concat(nested).Where(o => !o.IsSubcommand)];
        }
    }

    public static InteractionContext? From(Interaction interaction)
    {
        var user = interaction.Invoker;
        if (user is null || string.IsNullOrEmpty(user.Id))
        {
            return null;
        }

        var name = interaction.Member?.Nick ?? user.GlobalName ?? user.Username ?? user.Id;
        var channelId = interaction.EffectiveChannelId;
        var inGuild = interaction.GuildId is { Length: > 0 };
        var place = new Place(
            inGuild ? PlaceKind.Channel : PlaceKind.Personal,
            inGuild ? interaction.GuildId : null,
            null,
            inGuild ? channelId : null,
            interaction.Channel?.Name is { Length: > 0 } channelName ? channelName : null);
        var actor = new Actor(Platform.Discord, user.Id, name, place, PlatformAdmin: inGuild && (interaction.Member?.CanManageServer ?? false));
        return new InteractionContext(interaction, actor);
    }
}
