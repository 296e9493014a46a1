using System.Globalization;
using System.Text.Json.Nodes;
using static StudyBot.BotFramework.Cards.CardElements;

namespace StudyBot.BotFramework.Cards;

/// <summary>
/// The daily question's cards. One post is shared by the channel; its <c>refresh</c> makes Teams ask the bot for each listed
/// member's own view (an <c>adaptiveCard/action</c> invoke with the verb <see cref="CardVerbs.Refresh"/>), which only that
/// member sees: their recorded answer while it is open, their pick against the answer once it is closed.
/// </summary>
public static class TeamsDailyCards
{
    /// <summary>Teams refreshes a card automatically for at most this many listed users.</summary>
    public const int MaxRefreshUsers = 60;

    /// <summary>The question as the whole channel sees it, with answer inputs while it is open.</summary>
    public static JsonObject Shared(RoundView round, IReadOnlyList<string> refreshUserIds) =>
        WithRefresh(TeamsCards.Question(round), round.RoundId, refreshUserIds);

    /// <summary>The question closed at its reveal: no inputs, marked closed, with the answer and why.</summary>
    public static JsonObject Closed(RevealView reveal, IReadOnlyList<string> refreshUserIds) =>
        WithRefresh(Card([.. TeamsCards.QuestionBody(reveal.Round with { Closed = true }, null), .. AnswerBody(reveal)]), reveal.Round.RoundId, refreshUserIds);

    /// <summary>
    /// One member's view of the question: no inputs once they answered, their answer, and after the close the key; after a
    /// right answer is revealed, how it felt (Hard / Good / Easy, <paramref name="rated"/> marked, Good by default).
    /// </summary>
    public static JsonObject Mine(MemberRoundView view, string? userId, ReviewRating? rated = null)
    {
        var round = view.Reveal?.Round ?? view.Round;
        var note = view.Note is { } text ? Mark(view.Correct) + TeamsText.Render(text) : null;
        var body = new List<JsonNode?>(TeamsCards.QuestionBody(round, note, inputs: !view.Answered));
        if (view.Reveal is { } reveal)
        {
            body.AddRange(AnswerBody(reveal));
            if (view.Correct == true)
            {
                body.Add(TeamsRatings.Actions(round.RoundId, rated ?? ReviewRating.Good));
            }
        }

        return WithRefresh(Card(body), round.RoundId, userId is { Length: > 0 } ? [userId] : []);
    }

    private static IEnumerable<JsonNode?> AnswerBody(RevealView reveal)
    {
        yield return Text($"Answer: {TeamsText.Escape(reveal.CorrectText)}", weight: "Bolder", color: "Good", separator: true);
        if (reveal.Explanation is { Length: > 0 } explanation)
        {
            yield return Text(TeamsText.Escape(explanation));
        }
    }

    private static string Mark(bool? correct) => correct switch
    {
        true => "✅ ",
        false => "❌ ",
        _ => string.Empty,
    };

    private static JsonObject WithRefresh(JsonObject card, long roundId, IReadOnlyList<string> userIds)
    {
        var data = new JsonObject { ["roundId"] = roundId.ToString(CultureInfo.InvariantCulture), ["verb"] = CardVerbs.Refresh };
        card["refresh"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["title"] = "Refresh", ["verb"] = CardVerbs.Refresh, ["data"] = data },
            ["userIds"] = new JsonArray(userIds.Take(MaxRefreshUsers).Select(id => (JsonNode)JsonValue.Create(id)).ToArray()),
        };
        return card;
    }
}
