using System.Text.Json.Nodes;

namespace StudyBot.BotFramework.Tests;

internal sealed record ConnectorRequest(string Method, string Path, string Body, string Authorization, DateTimeOffset ReceivedAt)
{
    /// <summary>
    /// What a member reads in the posted activity, unescaped from the JSON: its text and the text of every card
    /// TextBlock and fact, one per line.
    /// </summary>
    public string Shown
    {
        get
        {
            JsonNode? node;
            try
            {
                node = JsonNode.Parse(Body);
            }
            catch (System.Text.Json.JsonException)
            {
                return string.Empty;
            }

            var lines = new List<string>();
            if (node?["text"] is JsonValue text && text.TryGetValue<string>(out var plain))
            {
                lines.Add(plain);
            }

            Collect(node?["attachments"], lines);
            return string.Join("\n", lines);
        }
    }

    /// <summary>The text of every card TextBlock (and each fact's title and value) in the posted activity.</summary>
    public IReadOnlyList<string> TextBlocks
    {
        get
        {
            var lines = new List<string>();
            try
            {
                Collect(JsonNode.Parse(Body)?["attachments"], lines);
            }
            catch (System.Text.Json.JsonException)
            {
            }

            return lines;
        }
    }

    private static void Collect(JsonNode? node, List<string> lines)
    {
        switch (node)
        {
            case JsonObject o:
                if ((string?)o["type"] == "TextBlock" && o["text"] is JsonValue t && t.TryGetValue<string>(out var s))
                {
                    lines.Add(s);
                }
                else if (o["title"] is JsonValue title && o["value"] is JsonValue value && title.TryGetValue<string>(out var ft) && value.TryGetValue<string>(out var fv))
                {
                    lines.Add($"{ft}: {fv}");
                }

                foreach (var (_, child) in o)
                {
                    Collect(child, lines);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Collect(child, lines);
                }

                break;
        }
    }
}
