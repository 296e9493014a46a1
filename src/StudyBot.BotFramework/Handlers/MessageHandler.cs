using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;

namespace StudyBot.BotFramework.Handlers;

/// <summary>A <c>message</c>: a card submit, or a text command after the bot's mention is stripped.</summary>
internal sealed class MessageHandler(IEnumerable<ITextCommandHandler> commands, CardSubmitHandler submits, TeamsResponder responder)
{
    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (CardSubmitHandler.IsSubmit(activity))
        {
            await submits.HandleAsync(activity, cancellationToken);
            return;
        }

        var words = Split(activity.StripBotMention());
        if (words.Count == 0)
        {
            return;
        }

        var name = words[0].TrimStart('/').ToLowerInvariant();
        var handler = commands.FirstOrDefault(c => c.Command == name);
        if (handler is null)
        {
            await responder.ReplyTextAsync(activity, $"I don't know '{words[0]}'.\n\n" + TeamsCards.HelpText, cancellationToken);
            return;
        }

        await handler.HandleAsync(activity, words.Skip(1).ToList(), cancellationToken);
    }

    public static IReadOnlyList<string> Split(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
