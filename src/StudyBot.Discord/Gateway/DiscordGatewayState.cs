namespace StudyBot.Discord.Gateway;

/// <summary>What the gateway connection is doing, for readiness and logs.</summary>
public sealed class DiscordGatewayState
{
    private volatile GatewayStatus _status = GatewayStatus.Disconnected;

    public GatewayStatus Status => _status;

    public string? Reason { get; private set; }

    internal void Set(GatewayStatus status, string? reason = null)
    {
        Reason = reason;
        _status = status;
    }
}
