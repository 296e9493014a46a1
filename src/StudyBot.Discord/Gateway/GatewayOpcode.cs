namespace StudyBot.Discord.Gateway;

public static class GatewayOpcode
{
    public const int Dispatch = 0;
    public const int Heartbeat = 1;
    public const int Identify = 2;
    public const int Resume = 6;
    public const int Reconnect = 7;
    public const int InvalidSession = 9;
    public const int Hello = 10;
    public const int HeartbeatAck = 11;

    /// <summary>Close codes after which reconnecting cannot help: authentication failed, bad shard, sharding required, bad API version, bad or disallowed intents.</summary>
    public static bool IsFatalClose(int code) => code is 4004 or (>= 4010 and <= 4014);

    /// <summary>Close codes after which the session cannot be resumed: invalid sequence, session timed out.</summary>
    public static bool ForbidsResume(int code) => code is 4007 or 4009;
}
