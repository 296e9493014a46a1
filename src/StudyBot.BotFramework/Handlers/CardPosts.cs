using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;

namespace StudyBot.BotFramework.Handlers;

/// <summary>
/// What a card button starts (a quiz, a board, the setup form, a command) arrives as a new post in the conversation, or in
/// the member's personal chat when it is private and the card is in a channel; the card that was clicked stays as it was.
/// </summary>
internal sealed class CardPosts(TeamsResponder responder)
{
    /// <summary>The short message the clicked card shows (the invoke's answer) while the new post goes out.</summary>
    public static string Acknowledgement(Activity activity, CommandResult result) =>
        ToPersonalChat(activity, result) ? "I sent it to our personal chat." : "Posted below.";

    /// <summary>Queues the new post; returns at once.</summary>
    public void Post(Activity activity, CommandResult result) =>
        responder.Later(activity, $"Posting a {result.GetType().Name} started from a card", sending => PostAsync(activity, result, sending));

    private async Task PostAsync(Activity activity, CommandResult result, CancellationToken cancellationToken)
    {
        var (card, text) = TeamsResults.Render(result);
        var message = card is not null ? TeamsResponder.CardActivity(card) : TeamsResponder.TextActivity(text!);
        // Not a reply to the click: a new message in the card's conversation (in a channel, the card's thread).
        var here = activity with { Id = null };
        if (!ToPersonalChat(activity, result))
        {
            await responder.ReplyAsync(here, message, cancellationToken);
        }
        else if (!await responder.SendPersonalAsync(activity, message, cancellationToken))
        {
            // A private result never falls back to the channel: the member only hears that it could not be sent.
            await responder.ReplyTextAsync(here, $"{TeamsText.Escape(activity.From?.Name ?? "You")}: I could not open our personal chat. Open a chat with me and try there.", cancellationToken);
        }
    }

    private static bool ToPersonalChat(Activity activity, CommandResult result) => result.Audience == Audience.Private && !activity.IsPersonal();
}
