using System.Text.Json.Nodes;

namespace StudyBot.Bench.Clicks;

/// <summary>
/// What the members click on the posted question, read from its components: each button (a select menu's first allowed
/// values for "multiple" questions). For "ordering" a channel click only starts the placing, so the plan clicks the last
/// step of the placing instead, whose custom id carries the whole order but the final pick.
/// </summary>
internal sealed record ClickPlan(IReadOnlyList<ClickChoice> Choices)
{
    private const int ButtonType = 2;
    private const int SelectType = 3;

    public ClickChoice For(int member) => Choices[member % Choices.Count];

    public static ClickPlan From(JsonObject postedMessage, bool ordering)
    {
        var components = (postedMessage["components"] as JsonArray ?? [])
            .SelectMany(row => row?["components"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .ToList();
        var select = components.FirstOrDefault(c => (int?)c["type"] == SelectType);
        if (select is not null)
        {
            var min = Math.Max(1, (int?)select["min_values"] ?? 1);
            var options = (select["options"] as JsonArray ?? []).Select(o => (string)o!["value"]!).ToList();
            var choices = Enumerable.Range(0, options.Count)
                .Select(shift => options.Skip(shift).Concat(options.Take(shift)).Take(min).Order(StringComparer.Ordinal).ToList())
                .Select(values => new ClickChoice((string)select["custom_id"]!, SelectType, values))
                .ToList();
            return new ClickPlan(choices);
        }

        var buttons = components.Where(c => (int?)c["type"] == ButtonType && c["custom_id"] is not null).Select(c => (string)c["custom_id"]!).ToList();
        if (buttons.Count == 0)
        {
            throw new InvalidOperationException("The posted question has no answer buttons: " + postedMessage.ToJsonString());
        }

        if (!ordering)
        {
            return new ClickPlan([.. buttons.Select(id => new ClickChoice(id, ButtonType, null))]);
        }

        // d:<round>:<label> → d:<round>:<all labels but the last, rotated per choice>
        var prefix = buttons[0][..(buttons[0].LastIndexOf(':') + 1)];
        var labels = buttons.Select(id => id[(id.LastIndexOf(':') + 1)..]).ToList();
        return new ClickPlan([.. Enumerable.Range(0, labels.Count)
            .Select(shift => labels.Skip(shift).Concat(labels.Take(shift)).Take(labels.Count - 1))
            .Select(order => new ClickChoice(prefix + string.Concat(order), ButtonType, null))]);
    }
}
