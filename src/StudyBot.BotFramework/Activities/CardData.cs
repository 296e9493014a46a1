using System.Globalization;
using System.Text.Json;
using StudyBot.BotFramework.Cards;

namespace StudyBot.BotFramework.Activities;

/// <summary>
/// The data of a click on one of our cards (Action.Execute's <c>data</c>, Action.Submit's <c>value</c>), read once: each
/// field the bot reads is a single value (a card's inputs send text, its data our own strings), and a field of another
/// shape (a list, an object) is a <see cref="Problem"/> that names it. Fields the bot does not read are ignored.
/// </summary>
internal sealed class CardData
{
    private static readonly string[] Read = ["verb", "roundId", CardVerbs.ChoiceInput, CardVerbs.OrderField, "form", "time", "zone", "days", "exam", "reveal", "command", "zoneOther", "customDays", "revealAt", MockCards.AttemptField, MockCards.PositionField, MockCards.StepField, MockCards.TargetInput, MockCards.PageField, "rating", FlagCards.ReasonInput, FlagCards.TextInput];

    private readonly Dictionary<string, RawValue> fields;

    private CardData(Dictionary<string, RawValue> fields, string? problem)
    {
        this.fields = fields;
        Problem = problem;
    }

    public static CardData Empty { get; } = new(new Dictionary<string, RawValue>(StringComparer.Ordinal), null);

    /// <summary>What is wrong with the data, in words for the member; null when every field the bot reads is a single value.</summary>
    public string? Problem { get; }

    public static CardData From(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return Empty;
        }

        var fields = new Dictionary<string, RawValue>(StringComparer.Ordinal);
        string? problem = null;
        foreach (var property in data.EnumerateObject())
        {
            if (!IsRead(property.Name) || fields.ContainsKey(property.Name))
            {
                continue;
            }

            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String:
                    fields[property.Name] = new RawValue(RawKind.String, property.Value.GetString()!);
                    break;
                case JsonValueKind.Number:
                    fields[property.Name] = new RawValue(RawKind.Number, property.Value.GetRawText());
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    fields[property.Name] = new RawValue(RawKind.Boolean, property.Value.GetRawText());
                    break;
                case JsonValueKind.Null or JsonValueKind.Undefined:
                    break;
                default:
                    problem ??= $"The card sent {property.Name} in a shape I cannot read; send it again from the card.";
                    break;
            }
        }

        return new CardData(fields, problem);
    }

    /// <summary>A field sent as text, or null (absent, or sent as a number or true/false).</summary>
    public string? Text(string name) => fields.TryGetValue(name, out var raw) && raw.Kind == RawKind.String ? raw.Text : null;

    /// <summary>A field as it was sent, with its JSON kind, for the engine's grammar to check; null when absent.</summary>
    public RawValue? Raw(string name) => fields.GetValueOrDefault(name);

    public bool Has(string name) => fields.ContainsKey(name);

    /// <summary>A positive whole number sent as text (our cards write ids as strings) or as a JSON number.</summary>
    public long? Id(string name) =>
        fields.TryGetValue(name, out var raw) && raw.Kind is RawKind.String or RawKind.Number
        && long.TryParse(raw.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : null;

    private static bool IsRead(string name) =>
        Read.Contains(name, StringComparer.Ordinal) || Numbered(name, CardVerbs.PositionInputPrefix) || Numbered(name, CardVerbs.ItemInputPrefix);

    /// <summary>An input named by a prefix and a number of one or two digits (<c>pos1</c>, <c>item12</c>).</summary>
    private static bool Numbered(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal)
        && name.Length - prefix.Length is 1 or 2 && name[prefix.Length..].All(char.IsAsciiDigit);
}
