using System.Text.Json.Nodes;

namespace StudyBot.BotFramework.Handlers;

/// <summary>
/// What a card click produces: a card that replaces the clicked one, or a message for the member only
/// (<see cref="Private"/>: never shown to the channel, e.g. the answer to a daily question).
/// </summary>
internal sealed record CardActionResult(JsonObject? Card, string? Message, bool Private = false);
