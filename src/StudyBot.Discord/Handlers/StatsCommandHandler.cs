using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;
using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Services;

namespace StudyBot.Discord.Handlers;

/// <summary><c>/stats [member] [privacy]</c>: someone's stats (unless they hide), or hide/show yourself on boards.</summary>
public sealed class StatsCommandHandler(StatsService stats, IStudyStore store, DiscordChannelResolver channels) : IDiscordCommandHandler
{
    public string CommandName => "stats";

    public async Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var self = await store.GetOrCreateMemberAsync(Platform.Discord, context.Invoker.ExternalId, context.Invoker.DisplayName, cancellationToken);
        switch (context.StringOption("privacy"))
        {
            case "hide":
                return InteractionResponse.Ephemeral((await stats.SetPrivacyAsync(self, true, cancellationToken)).Message);
            case "show":
                return InteractionResponse.Ephemeral((await stats.SetPrivacyAsync(self, false, cancellationToken)).Message);
        }

        var member = self;
        if (context.StringOption("member") is { Length: > 0 } userId && userId != self.ExternalId)
        {
            var resolved = context.Interaction.Data?.Resolved;
            var user = resolved?.Users?.GetValueOrDefault(userId);
            var name = resolved?.Members?.GetValueOrDefault(userId)?.Nick ?? user?.GlobalName ?? user?.Username ?? userId;
            member = await store.GetOrCreateMemberAsync(Platform.Discord, userId, name, cancellationToken);
            if (member.HiddenFromBoards)
            {
                return InteractionResponse.Ephemeral($"{member.DisplayName} keeps their stats private.");
            }
        }

        var channel = await channels.ResolveAsync(context, cancellationToken);
        var view = await stats.GetAsync(member, channel?.TimeZone, cancellationToken);
        return InteractionResponse.Ephemeral(DiscordRenderer.Stats(view));
    }
}
