using StudyBot.BotFramework.Activities;

namespace StudyBot.BotFramework.Handlers;

/// <summary>A <c>message</c>: a card submit, or a text command (after the bot's mention) read with the engine's grammar.</summary>
internal sealed class MessageHandler(CommandRouter router, CardSubmitHandler submits, TeamsResults results, TeamsResponder responder)
{
    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (CardSubmitHandler.IsSubmit(activity))
        {
            await submits.HandleAsync(activity, cancellationToken);
            return;
        }

        var text = StripMentions(activity);
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var actor = TeamsActors.From(activity);
        var parsed = CommandParser.ParseText(text, TeamsActors.Mentions(activity));
        if (parsed.Invocation is not { } invocation)
        {
            await responder.ReplyTextAsync(activity, TeamsResults.NoticeText(parsed.Error!), cancellationToken);
            return;
        }

        await results.DeliverAsync(activity, await router.RunAsync(actor, invocation, cancellationToken), cancellationToken);
    }

    /// <summary>The message without the bot's mention and without the names of other members it mentions.</summary>
    private static string StripMentions(Activity activity)
    {
        var text = activity.StripBotMention();
        foreach (var mention in activity.OtherMentions())
        {
            if (mention.Name is { Length: > 0 } name)
            {
                text = text.Replace($"<at>{name}</at>", " ", StringComparison.Ordinal).Replace("@" + name, " ", StringComparison.Ordinal);
            }
        }

        return text;
    }
}
