using System.Text.Json.Nodes;

namespace StudyBot.BotFramework.Handlers;

/// <summary>
/// What a card click produces: a card that replaces the clicked one, or a message for the member only
/// (<see cref="Private"/>: never shown to the channel, e.g. the answer to a daily question).
/// </summary>
/// <param name="Post">
/// Something new the click started (a quiz, a board, a form, a command): posted as a new message, so the clicked card stays.
/// </param>
/// <param name="PerMember">
/// <see cref="Card"/> is the clicking member's own view of a shared card: it may only answer their invoke (Teams shows it to
/// them alone), never replace the shared post.
/// </param>
internal sealed record CardActionResult(JsonObject? Card, string? Message, bool Private = false, CommandResult? Post = null, bool PerMember = false);
