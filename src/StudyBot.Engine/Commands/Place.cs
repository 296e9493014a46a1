namespace StudyBot.Engine.Commands;

/// <summary>
/// Where a request comes from, as the platform names it: a community (server, team) and a channel (or a personal chat),
/// with what the adapter needs to post there later. Null ids mean there is none (a Discord DM has no server).
/// </summary>
public sealed record Place(
    PlaceKind Kind,
    string? CommunityExternalId,
    string? CommunityName,
    string? ChannelExternalId,
    string? ChannelName,
    string? ConversationReference = null)
{
    public static Place Terminal { get; } = new(PlaceKind.Terminal, null, null, null, null);
}
