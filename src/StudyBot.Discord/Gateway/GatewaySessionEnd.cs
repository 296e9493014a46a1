namespace StudyBot.Discord.Gateway;

/// <summary>How a connection ended: whether to reconnect at all, and whether at once.</summary>
internal sealed record GatewaySessionEnd(bool Fatal, bool Immediate, bool WasReady, string Reason);
