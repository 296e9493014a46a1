using System.Text.Json.Nodes;

namespace StudyBot.BotFramework.Cards;

/// <summary>Small builders for Adaptive Card 1.5 elements.</summary>
internal static class CardElements
{
    public const string Version = "1.5";

    public static JsonObject Card(IEnumerable<JsonNode?> body) => new()
    {
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["type"] = "AdaptiveCard",
        ["version"] = Version,
        ["msteams"] = new JsonObject { ["width"] = "Full" },
        ["body"] = new JsonArray(body.Where(n => n is not null).ToArray()),
    };

    public static JsonObject Text(string text, string? weight = null, string? size = null, string? color = null, bool subtle = false, bool separator = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (separator)
        {
            block["separator"] = true;
        }

        return block;
    }

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
    };

    /// <summary>
    /// An <c>Action.Execute</c> (answered in the invoke response) with an <c>Action.Submit</c> fallback for clients without
    /// Universal Actions; both carry the same data, the verb included so the submit path can route it.
    /// </summary>
    public static JsonObject Execute(string title, string verb, JsonObject data, string? style = null)
    {
        data["verb"] = verb;
        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = data.DeepClone(),
            ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data.DeepClone() },
        };
        if (style is not null)
        {
            action["style"] = style;
        }

        return action;
    }

    public static JsonObject ActionSet(IEnumerable<JsonObject> actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray(actions.Cast<JsonNode>().ToArray()),
    };

    public static JsonObject ChoiceSet(string id, string? label, IEnumerable<(string Title, string Value)> choices, bool multi, string? value = null, bool required = true, string? errorMessage = null)
    {
        var set = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["style"] = multi ? "expanded" : "compact",
            ["isMultiSelect"] = multi,
            ["isRequired"] = required,
            ["choices"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }).ToArray()),
        };
        if (label is not null)
        {
            set["label"] = label;
        }

        if (value is not null)
        {
            set["value"] = value;
        }

        if (errorMessage is not null)
        {
            set["errorMessage"] = errorMessage;
        }

        return set;
    }

    public static JsonObject Image(string url, string altText) => new()
    {
        ["type"] = "Image",
        ["url"] = url,
        ["altText"] = altText,
        ["size"] = "Stretch",
    };
}
