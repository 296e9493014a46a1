using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;

namespace StudyBot.BotFramework.Handlers;

/// <summary>A <c>message</c>: a card submit, or a text command (after the bot's mention) read with the engine's grammar.</summary>
internal sealed class MessageHandler(
    CommandRouter router,
    CardSubmitHandler submits,
    TeamsResults results,
    TeamsResponder responder,
    TeamsMentions mentions,
    MemberConversationService chats)
{
    /// <summary>A command with its mentions' markup fits well within this; longer text is not read as one (nor matched at length).</summary>
    public const int MaxCommandTextLength = 4096;

    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (CardSubmitHandler.IsSubmit(activity))
        {
            await submits.HandleAsync(activity, cancellationToken);
            return;
        }

        if (activity.Text is { Length: > MaxCommandTextLength })
        {
            responder.Later(activity, "Replying to a message too long to be a command", sending =>
                responder.ReplyTextAsync(activity, $"That message is too long to be a command; see `{TeamsText.Syntax(CommandRef.Of(CommandNames.Help))}`.", sending));
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
            // A command the grammar refuses runs nothing, so nothing is stored: the member only gets the reason.
            var reason = TeamsResults.NoticeText(parsed.Error!);
            responder.Later(activity, "Replying to a command that could not be read", sending => responder.ReplyTextAsync(activity, reason, sending));
            return;
        }

        if ((invocation.Subcommand ?? invocation.Command).Slow)
        {
            // A slow command (posting now) calls Teams itself: it runs after the acknowledgement, in the conversation's order.
            responder.Later(activity, $"Teams command {invocation.Name}", async sending =>
                await results.DeliverAsync(activity, await router.RunAsync(actor, invocation, sending), sending));
        }
        else
        {
            results.Deliver(activity, await router.RunAsync(actor, invocation, cancellationToken));
        }

        Remember(activity, actor);
    }

    /// <summary>
    /// Keeps how to reach the sender privately (a review reminder), after the command has run, so a member the command just
    /// registered is kept too; a reference that did not change is not written again.
    /// </summary>
    private void Remember(Activity activity, Actor actor)
    {
        if (TeamsMemberNotifier.ReferenceOf(activity) is { } reference)
        {
            responder.Later(activity, "Remembering how to reach the member", sending => chats.RememberAsync(actor, reference, sending));
        }
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
