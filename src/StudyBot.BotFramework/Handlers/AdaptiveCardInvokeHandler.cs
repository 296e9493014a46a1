using System.Text.Json;
using System.Text.Json.Nodes;
using StudyBot.BotFramework.Activities;

namespace StudyBot.BotFramework.Handlers;

/// <summary>
/// <c>invoke</c> <c>adaptiveCard/action</c> (Action.Execute): answered in the same HTTP response with
/// <c>{statusCode, type, value}</c>: a card that replaces the clicked one for the member who clicked (their answer, their
/// own view), or a message for them; what a button starts is posted as a new message.
/// </summary>
internal sealed class AdaptiveCardInvokeHandler(CardActionHandler actions, CardPosts posts)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public async Task<InvokeResponse> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || action.GetString("type") != "Action.Execute")
        {
            return new InvokeResponse(400, Error(400, "BadRequest", "The invoke carries no Action.Execute."));
        }

        var data = CardData.From(action.TryGetProperty("data", out var d) ? d : default);
        var verb = action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : data.Text("verb");
        var result = await actions.HandleAsync(activity, verb, data, cancellationToken);
        if (result.Post is { } post)
        {
            // Something new: posted as a new message; the clicked card only says where it went.
            posts.Post(activity, post);
            return new InvokeResponse(200, new JsonObject { ["statusCode"] = 200, ["type"] = MessageType, ["value"] = CardPosts.Acknowledgement(activity, post) });
        }

        if (result.Card is not null)
        {
            return new InvokeResponse(200, new JsonObject { ["statusCode"] = 200, ["type"] = CardType, ["value"] = result.Card });
        }

        return new InvokeResponse(200, new JsonObject { ["statusCode"] = 200, ["type"] = MessageType, ["value"] = result.Message ?? "Done." });
    }

    private static JsonObject Error(int status, string code, string message) => new()
    {
        ["statusCode"] = status,
        ["type"] = ErrorType,
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    };
}
