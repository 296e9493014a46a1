namespace StudyBot.Discord.Interactions;

/// <summary>The reply to an interaction: a callback type and, for messages, the message.</summary>
public sealed record InteractionResponse(int Type, DiscordMessage? Data = null)
{
    public static InteractionResponse Pong { get; } = new(CallbackType.Pong);

    public static InteractionResponse Ephemeral(string content) =>
        new(CallbackType.ChannelMessage, new DiscordMessage { Content = DiscordMessage.Fit(content), Flags = MessageFlags.Ephemeral });
}
