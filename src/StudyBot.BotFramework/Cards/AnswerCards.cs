using System.Globalization;
using System.Text.Json.Nodes;
using static StudyBot.BotFramework.Cards.CardElements;

namespace StudyBot.BotFramework.Cards;

/// <summary>
/// The answer area of questions answered in more than one move on Teams, and a question card shown again to the member
/// with what they entered kept and why a submit was refused. Ordering is built from the remaining choices ("Undo last",
/// "Start over", then "Submit"), each button carrying the order it leads to in its data; matching has one required
/// choice set per item. Nothing is stored before the final submit.
/// </summary>
public static class AnswerCards
{
    /// <summary>The id of the container that holds an ordering or matching question's inputs.</summary>
    public const string AreaId = "answer";

    /// <summary>The question card with the order built so far (after "place", "undo last" or "start over").</summary>
    public static JsonObject Building(RoundView round, AnswerDraft draft)
    {
        var card = TeamsCards.Question(round);
        ReplaceArea(card, Area(round, draft));
        return card;
    }

    /// <summary>
    /// The question card again for the member: the draft (ordering) or the values they entered (choice sets, by input id)
    /// kept, and the reason their submit was refused just above the inputs.
    /// </summary>
    public static JsonObject Retry(RoundView round, AnswerDraft? draft, IReadOnlyDictionary<string, string> values, string problem)
    {
        var card = draft is null ? TeamsCards.Question(round) : Building(round, draft);
        var body = (JsonArray)card["body"]!;
        foreach (var input in Descendants(body).Where(n => (string?)n["type"] == "Input.ChoiceSet"))
        {
            if ((string?)input["id"] is { } id && values.TryGetValue(id, out var value) && value.Length > 0)
            {
                input["value"] = value;
            }
        }

        var error = Text("⚠️ " + TeamsText.Escape(problem), weight: "Bolder", color: "Attention");
        var area = Descendants(body).FirstOrDefault(n => (string?)n["id"] == AreaId);
        if (area?["items"] is JsonArray items)
        {
            items.Insert(0, error);
        }
        else
        {
            var at = body.Select((n, i) => (n, i)).FirstOrDefault(p => (string?)p.n?["type"] is "Input.ChoiceSet" or "ActionSet").i;
            body.Insert(at > 0 ? at : body.Count, error);
        }

        return card;
    }

    /// <summary>The area for an ordering or matching question, in a container the card can find again.</summary>
    public static JsonObject Area(RoundView round, AnswerDraft draft) => new()
    {
        ["type"] = "Container",
        ["id"] = AreaId,
        ["items"] = new JsonArray([.. (round.Type == QuestionType.Matching ? MatchingInputs(round, draft) : OrderingInputs(round, draft)).Where(n => n is not null)]),
    };

    /// <summary>A matching question's items as facts, for a card with no inputs (closed).</summary>
    public static JsonObject ItemFacts(RoundView round) =>
        Facts(round.Items.Select(i => (i.Number.ToString(CultureInfo.InvariantCulture) + ".", TeamsText.Escape(i.Text))));

    private static IEnumerable<JsonNode?> OrderingInputs(RoundView round, AnswerDraft draft)
    {
        var id = round.RoundId.ToString(CultureInfo.InvariantCulture);
        JsonObject Data(string order) => new() { ["roundId"] = id, [CardVerbs.OrderField] = order };
        yield return Text(TeamsText.Render(draft.Status), weight: "Bolder");
        if (!draft.IsEmpty)
        {
            var texts = round.Choices.ToDictionary(c => c.Label, c => TeamsText.Escape(c.Text), StringComparer.Ordinal);
            yield return Facts(draft.Slots.Select((label, i) => ((i + 1).ToString(CultureInfo.InvariantCulture) + ".", $"{label} · {texts[label]}")));
        }

        if (draft.Remaining.Count > 0)
        {
            yield return ActionSet(draft.Remaining.Select(c => Execute(c.Label, CardVerbs.Order, Data(draft.State + c.Label))));
        }

        var controls = new List<JsonObject>();
        if (!draft.IsEmpty)
        {
            controls.Add(Execute("Undo last", CardVerbs.Order, Data(draft.Undo().State)));
            controls.Add(Execute("Start over", CardVerbs.Order, Data(string.Empty)));
        }

        controls.Add(Execute("Submit", CardVerbs.Answer, Data(draft.State), style: "positive"));
        yield return ActionSet(controls);
    }

    private static IEnumerable<JsonNode?> MatchingInputs(RoundView round, AnswerDraft draft)
    {
        yield return Text(TeamsText.Escape("Pick one choice for each item; a choice fits one item only."), subtle: true);
        foreach (var item in round.Items)
        {
            var number = item.Number.ToString(CultureInfo.InvariantCulture);
            var set = ChoiceSet(CardVerbs.ItemInputPrefix + number, $"{number}. {item.Text}", round.Choices.Select(c => ($"{c.Label}. {c.Text}", c.Label)), multi: false, value: draft.PickFor(item.Number));
            set["errorMessage"] = $"Pick a match for item {number}.";
            set["placeholder"] = "Choose a match";
            yield return set;
        }

        yield return ActionSet([Execute("Submit", CardVerbs.Answer, new JsonObject { ["roundId"] = round.RoundId.ToString(CultureInfo.InvariantCulture) }, style: "positive")]);
    }

    private static void ReplaceArea(JsonObject card, JsonObject area)
    {
        var body = (JsonArray)card["body"]!;
        var index = body.Select((n, i) => (n, i)).FirstOrDefault(p => (string?)p.n?["id"] == AreaId, (null, -1)).Item2;
        if (index >= 0)
        {
            body[index] = area;
        }
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var child in o.Select(p => p.Value).SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
            case JsonArray a:
                foreach (var child in a.SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
        }
    }
}
