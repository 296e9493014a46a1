using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;
using StudyBot.Engine.Services;

namespace StudyBot.BotFramework.Handlers;

/// <summary><c>daily</c>: today's question in this channel, its reveal once closed, or how to set it up.</summary>
internal sealed class DailyCommandHandler(DailyRoundService daily, TeamsTurnContext turns, TeamsResponder responder) : ITextCommandHandler
{
    public string Command => "daily";

    public async Task HandleAsync(Activity activity, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var channel = await turns.ChannelAsync(activity, cancellationToken);
        var (open, closed) = await daily.GetLatestAsync(channel, cancellationToken);
        if (open is not null)
        {
            await responder.ReplyCardAsync(activity, TeamsCards.Question(open), cancellationToken);
        }
        else if (closed is not null)
        {
            await responder.ReplyCardAsync(activity, TeamsCards.Reveal(closed), cancellationToken);
        }
        else
        {
            await responder.ReplyTextAsync(activity, "No daily question has been posted here yet. " + ChannelSetupService.Describe(channel), cancellationToken);
        }
    }
}
