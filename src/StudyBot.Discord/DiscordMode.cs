namespace StudyBot.Discord;

/// <summary>How interactions reach the bot: HTTP POSTs to the interactions endpoint, or the gateway WebSocket.</summary>
public enum DiscordMode
{
    Http,
    Gateway,
}
