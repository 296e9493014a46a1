namespace StudyBot.Discord.Gateway;

public enum GatewayStatus
{
    Disconnected,
    Connecting,
    Ready,

    /// <summary>Discord refused the session for good (bad token, bad intents); the adapter stopped.</summary>
    Failed,
}
