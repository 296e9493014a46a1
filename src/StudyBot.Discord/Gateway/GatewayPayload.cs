using System.Text.Json;

namespace StudyBot.Discord.Gateway;

/// <summary>A gateway frame: opcode, data, sequence number and event name (dispatches only).</summary>
public sealed record GatewayPayload(int Op, JsonElement? D, long? S, string? T);
