using System.Text.Json.Nodes;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;
using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Services;

namespace StudyBot.BotFramework.Handlers;

/// <summary><c>leaderboard [week|month|all] [channel|team]</c>.</summary>
internal sealed class LeaderboardCommandHandler(LeaderboardService boards, IStudyStore store, TeamsTurnContext turns, TeamsResponder responder) : ITextCommandHandler
{
    public string Command => "leaderboard";

    public async Task HandleAsync(Activity activity, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var (card, error) = await BuildAsync(activity, args, cancellationToken);
        if (card is null)
        {
            await responder.ReplyTextAsync(activity, error!, cancellationToken);
            return;
        }

        await responder.ReplyCardAsync(activity, card, cancellationToken);
    }

    public async Task<(JsonObject? Card, string? Error)> BuildAsync(Activity activity, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var period = BoardPeriod.Week;
        var scope = BoardScope.Channel;
        foreach (var word in args.Select(a => a.ToLowerInvariant()))
        {
            switch (word)
            {
                case "week": period = BoardPeriod.Week; break;
                case "month": period = BoardPeriod.Month; break;
                case "all" or "alltime" or "all-time": period = BoardPeriod.AllTime; break;
                case "channel" or "here": scope = BoardScope.Channel; break;
                case "team" or "server" or "all-channels": scope = BoardScope.Community; break;
                default: return (null, $"I don't understand '{word}'. Use leaderboard [week|month|all] [channel|team].");
            }
        }

        var channel = await turns.ChannelAsync(activity, cancellationToken);
        var who = TeamsTurnContext.Member(activity);
        var member = await store.GetOrCreateMemberAsync(Platform.Teams, who.ExternalId, who.DisplayName, cancellationToken);
        var board = await boards.GetAsync(new LeaderboardRequest(channel, member.Id, period, scope), cancellationToken);
        return (TeamsCards.Leaderboard(board), null);
    }
}
