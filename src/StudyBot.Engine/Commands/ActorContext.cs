namespace StudyBot.Engine.Commands;

/// <summary>An <see cref="Actor"/> resolved by the engine: the member, and the channel and community when there is one.</summary>
public sealed record ActorContext(Actor Actor, Member Member, Channel? Channel, Community? Community, bool MayAdminister)
{
    public PlaceKind PlaceKind => Actor.Place.Kind;

    /// <summary>The zone to word times in for this member: the channel's, else the community's, else UTC.</summary>
    public string TimeZone => Channel?.TimeZone ?? Community?.TimeZone ?? "UTC";
}
