using System.Text.Json.Nodes;

namespace StudyBot.BotFramework.Activities;

public sealed record Attachment(string? ContentType, JsonNode? Content = null, string? ContentUrl = null, string? Name = null)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
}
