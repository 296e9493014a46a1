using StudyBot.Discord.Interactions;
using StudyBot.Engine.Model;
using StudyBot.Engine.Services;

namespace StudyBot.Discord.Handlers;

/// <summary>An interaction with its invoker resolved; options are found at the top level or under the subcommand.</summary>
public sealed record InteractionContext(Interaction Interaction, MemberRef Invoker)
{
    public string? GuildId => Interaction.GuildId;

    public string? ChannelId => Interaction.EffectiveChannelId;

    public bool CanManageServer => Interaction.Member?.CanManageServer ?? false;

    /// <summary>The subcommand's name, when the command was invoked through one.</summary>
    public string? Subcommand => Interaction.Data?.Options?.FirstOrDefault(o => o.Type is 1 or 2)?.Name;

    public InteractionOption? Option(string name)
    {
        var options = Interaction.Data?.Options ?? [];
        var nested = options.FirstOrDefault(o => o.Type is 1 or 2)?.Options ?? [];
        return options.Concat(nested).FirstOrDefault(o => o.Type is not (1 or 2) && o.Name == name);
    }

    public string? StringOption(string name) => Option(name)?.StringValue;

    public long? IntegerOption(string name) => Option(name)?.IntegerValue;

    public static InteractionContext? From(Interaction interaction)
    {
        var user = interaction.Invoker;
        if (user is null || string.IsNullOrEmpty(user.Id))
        {
            return null;
        }

        var name = interaction.Member?.Nick ?? user.GlobalName ?? user.Username ?? user.Id;
        return new InteractionContext(interaction, new MemberRef(Platform.Discord, user.Id, name));
    }
}
