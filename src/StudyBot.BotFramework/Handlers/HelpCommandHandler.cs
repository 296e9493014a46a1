using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;

namespace StudyBot.BotFramework.Handlers;

internal sealed class HelpCommandHandler(TeamsResponder responder) : ITextCommandHandler
{
    public string Command => "help";

    public Task HandleAsync(Activity activity, IReadOnlyList<string> args, CancellationToken cancellationToken) =>
        responder.ReplyTextAsync(activity, TeamsCards.HelpText, cancellationToken);
}
