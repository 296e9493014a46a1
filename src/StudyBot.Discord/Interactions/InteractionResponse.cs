using System.Text.Json;

namespace StudyBot.Discord.Interactions;

/// <summary>The reply to an interaction: a callback type and, for messages, the message.</summary>
public sealed record InteractionResponse(int Type, DiscordMessage? Data = null)
{
    public static InteractionResponse Pong { get; } = new(CallbackType.Pong);

    /// <summary>The JSON Discord expects; an autocomplete result carries choices (none: the bot offers no autocomplete).</summary>
    public string ToJson() => Type == CallbackType.AutocompleteResult
        ? """{"type":8,"data":{"choices":[]}}"""
        : JsonSerializer.Serialize(this, DiscordJson.Options);

    public static InteractionResponse Ephemeral(string content) =>
        new(CallbackType.ChannelMessage, new DiscordMessage { Content = DiscordMessage.Fit(content), Flags = MessageFlags.Ephemeral });
}
