using StudyBot.BotFramework.Activities;

namespace StudyBot.BotFramework.Handlers;

/// <summary>A <c>message</c>: a card submit, or a text command (after the bot's mention) read with the engine's grammar.</summary>
internal sealed class MessageHandler(CommandRouter router, CardSubmitHandler submits, TeamsResults results, TeamsResponder responder, TeamsMentions mentions)
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
        var mentioned = TeamsActors.Mentions(activity);
        var parsed = CommandParser.ParseText(text, mentioned);
        if (parsed.Invocation is { } named && named.Values.Values.OfType<MemberMention>().Any())
        {
            // The command names a member: by the id the engine knows them by, not the one the mention carries.
            parsed = CommandParser.ParseText(text, await mentions.ResolveAsync(activity, mentioned, cancellationToken));
        }

        if (parsed.Invocation is not { } invocation)
        {
            await responder.ReplyTextAsync(activity, TeamsResults.NoticeText(parsed.Error!), cancellationToken);
            return;
        }

        await results.DeliverAsync(activity, await router.RunAsync(actor, invocation, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The message without the bot's mention and without the members it mentions (they reach the grammar as mentions, not
    /// words): each mention's markup goes before the bot's mention is stripped, which would leave the names as words.
    /// </summary>
    internal static string StripMentions(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var entity in (activity.Entities ?? []).Where(e => string.Equals(e.Type, "mention", StringComparison.OrdinalIgnoreCase)
                     && e.Mentioned?.Id is { } id && id != activity.Recipient?.Id))
        {
            if (entity.Text is { Length: > 0 } markup)
            {
                text = text.Replace(markup, " ", StringComparison.OrdinalIgnoreCase);
            }

            if (entity.Mentioned!.Name is { Length: > 0 } name)
            {
                text = text.Replace($"<at>{name}</at>", " ", StringComparison.OrdinalIgnoreCase)
                    .Replace($"<at>@{name}</at>", " ", StringComparison.OrdinalIgnoreCase)
                    .Replace("@" + name, " ", StringComparison.Ordinal);
            }
        }

        return (activity with { Text = text }).StripBotMention();
    }
}
