using System.Text.Json;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;

namespace StudyBot.BotFramework.Handlers;

/// <summary>
/// Action.Submit (a <c>message</c> with <c>value</c>): the clicked card is replaced by update-activity; a private message goes
/// to the member's personal chat when the card was in a channel.
/// </summary>
internal sealed class CardSubmitHandler(CardActionHandler actions, TeamsResponder responder, CardPosts posts)
{
    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var data = CardData.From(activity.Value!.Value);
        var result = await actions.HandleAsync(activity, data.Text("verb"), data, cancellationToken);
        if (result.Post is { } post)
        {
            // Something new: posted as a new message, the clicked card stays.
            posts.Post(activity, post);
            return;
        }

        // A member's own view cannot be shown to them alone on this path: the shared card stays, the message goes privately.
        result = result.PerMember ? result with { Card = null } : result;
        responder.Later(activity, "Answering a card submit", sending => SendAsync(activity, result, sending));
    }

    public static bool IsSubmit(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
        && verb.GetString() is CardVerbs.Answer or CardVerbs.Setup or CardVerbs.Quiz or CardVerbs.Leaderboard or CardVerbs.Run or CardVerbs.Order or CardVerbs.Rate;

    private async Task SendAsync(Activity activity, CardActionResult result, CancellationToken cancellationToken)
    {
        if (result.Card is not null)
        {
            var replaced = activity.ReplyToId is { Length: > 0 } cardId && activity.IsPersonal()
                && await responder.UpdateCardAsync(activity, cardId, result.Card, cancellationToken);
            if (!replaced)
            {
                if (activity.IsPersonal() || !await responder.SendPersonalAsync(activity, TeamsResponder.CardActivity(result.Card), cancellationToken))
                {
                    await responder.ReplyCardAsync(activity, result.Card, cancellationToken);
                }
            }
        }

        if (result.Message is { } message)
        {
            if (activity.IsPersonal() || !result.Private)
            {
                await responder.ReplyTextAsync(activity, message, cancellationToken);
            }
            else
            {
                await responder.SendPersonalAsync(activity, TeamsResponder.TextActivity(message), cancellationToken);
            }
        }
    }
}
