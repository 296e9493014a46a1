using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;
using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Services;

namespace StudyBot.Discord.Handlers;

/// <summary><c>/leaderboard [period] [scope]</c>, posted in the channel (no pings).</summary>
public sealed class LeaderboardCommandHandler(LeaderboardService boards, IStudyStore store, DiscordChannelResolver channels) : IDiscordCommandHandler
{
    public string CommandName => "leaderboard";

    public async Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var channel = await channels.ResolveAsync(context, cancellationToken);
        if (channel is null)
        {
            return InteractionResponse.Ephemeral(DiscordChannelResolver.ServerOnly);
        }

        var period = context.StringOption("period") switch
        {
            "month" => BoardPeriod.Month,
            "all" => BoardPeriod.AllTime,
            _ => BoardPeriod.Week,
        };
        var scope = context.StringOption("scope") == "server" ? BoardScope.Community : BoardScope.Channel;
        var member = await store.GetOrCreateMemberAsync(Platform.Discord, context.Invoker.ExternalId, context.Invoker.DisplayName, cancellationToken);
        var board = await boards.GetAsync(new LeaderboardRequest(channel, member.Id, period, scope), cancellationToken);
        return new InteractionResponse(CallbackType.ChannelMessage, new DiscordMessage { Content = DiscordRenderer.Leaderboard(board) });
    }
}
