using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;
using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Services;

namespace StudyBot.BotFramework.Handlers;

/// <summary><c>stats</c> and <c>stats privacy on|off</c> (on hides the member from boards).</summary>
internal sealed class StatsCommandHandler(StatsService stats, IStudyStore store, TeamsTurnContext turns, TeamsResponder responder) : ITextCommandHandler
{
    public string Command => "stats";

    public async Task HandleAsync(Activity activity, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var who = TeamsTurnContext.Member(activity);
        var member = await store.GetOrCreateMemberAsync(Platform.Teams, who.ExternalId, who.DisplayName, cancellationToken);
        if (args.Count > 0)
        {
            if (args.Count == 2 && args[0].Equals("privacy", StringComparison.OrdinalIgnoreCase) && args[1].ToLowerInvariant() is "on" or "off")
            {
                var notice = await stats.SetPrivacyAsync(member, args[1].Equals("on", StringComparison.OrdinalIgnoreCase), cancellationToken);
                await responder.ReplyTextAsync(activity, notice.Message, cancellationToken);
            }
            else
            {
                await responder.ReplyTextAsync(activity, "Use stats, or stats privacy on|off.", cancellationToken);
            }

            return;
        }

        var channel = await turns.ChannelAsync(activity, cancellationToken);
        var view = await stats.GetAsync(member, channel.TimeZone, cancellationToken);
        await responder.ReplyCardAsync(activity, TeamsCards.Stats(view), cancellationToken);
    }
}
