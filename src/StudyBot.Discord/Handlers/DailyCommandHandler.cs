using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;
using StudyBot.Engine.Services;

namespace StudyBot.Discord.Handlers;

/// <summary><c>/daily</c>: today's question in this channel (answerable), or its reveal once closed.</summary>
public sealed class DailyCommandHandler(DailyRoundService daily, DiscordChannelResolver channels) : IDiscordCommandHandler
{
    public string CommandName => "daily";

    public async Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var channel = await channels.ResolveAsync(context, cancellationToken);
        if (channel is null)
        {
            return InteractionResponse.Ephemeral(DiscordChannelResolver.ServerOnly);
        }

        var (open, closed) = await daily.GetLatestAsync(channel, cancellationToken);
        if (open is not null)
        {
            return new InteractionResponse(CallbackType.ChannelMessage, DiscordRenderer.Question(open, AnswerCustomId.Daily) with { Flags = MessageFlags.Ephemeral });
        }

        return closed is not null
            ? InteractionResponse.Ephemeral(DiscordRenderer.Reveal(closed))
            : InteractionResponse.Ephemeral("There is no question of the day in this channel yet. " + ChannelSetupService.Describe(channel));
    }
}
