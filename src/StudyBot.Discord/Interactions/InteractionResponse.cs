using System.Text.Json;

namespace StudyBot.Discord.Interactions;

/// <summary>The reply to an interaction: a callback type and, for messages, the message.</summary>
public sealed record InteractionResponse(int Type, DiscordMessage? Data = null)
{
    public static InteractionResponse Pong { get; } = new(CallbackType.Pong);

    /// <summary>The JSON Discord expects; an autocomplete result carries choices (none: the bot offers no autocomplete).</summary>
    public string ToJson() => Type == CallbackType.AutocompleteResult
        ? """{"type":8,"data":{"choices":[]}}"""
        : Modal is { } modal
            ? JsonSerializer.Serialize(new { type = CallbackType.Modal, data = modal }, DiscordJson.Options)
            : JsonSerializer.Serialize(this, DiscordJson.Options);

    /// <summary>Set for a modal to open (type 9): sent as the response's data instead of a message.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DiscordModal? Modal { get; init; }

    public static InteractionResponse OpenModal(DiscordModal modal) => new(CallbackType.Modal) { Modal = modal };

    public static InteractionResponse Ephemeral(string content) =>
        new(CallbackType.ChannelMessage, new DiscordMessage { Content = DiscordMessage.Fit(content), Flags = MessageFlags.Ephemeral });
}
