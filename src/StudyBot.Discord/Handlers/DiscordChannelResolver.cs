using StudyBot.Engine.Model;
using StudyBot.Engine.Services;

namespace StudyBot.Discord.Handlers;

/// <summary>Finds or registers the server channel an interaction came from; null in DMs.</summary>
public sealed class DiscordChannelResolver(ChannelSetupService setup)
{
    public const string ServerOnly = "This works in a server channel, not in direct messages.";

    public async Task<Channel?> ResolveAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        if (context.GuildId is not { Length: > 0 } guildId || context.ChannelId is not { Length: > 0 } channelId)
        {
            return null;
        }

        var channelName = context.Interaction.Channel?.Name is { Length: > 0 } name ? name : channelId;
        return await setup.RegisterAsync(Platform.Discord, guildId, guildId, channelId, channelName, cancellationToken);
    }
}
