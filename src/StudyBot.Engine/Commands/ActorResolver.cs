namespace StudyBot.Engine.Commands;

/// <summary>Turns an <see cref="Actor"/> into the stored member, channel and community, registering them on first sight.</summary>
public sealed class ActorResolver(IMemberStore members, IChannelStore channels, IChannelScheduler scheduler)
{
    public async Task<ActorContext> ResolveAsync(Actor actor, CancellationToken cancellationToken)
    {
        var member = await members.EnsureMemberAsync(actor.Platform, actor.UserId, actor.DisplayName, cancellationToken);
        var (channel, community) = await PlaceAsync(actor.Platform, actor.Place, cancellationToken);
        return new ActorContext(actor, member, channel, community, MayAdminister(actor, community));
    }

    /// <summary>The channel and community of a place, registered on first sight; a channel the bot was removed from comes back.</summary>
    public async Task<(Channel? Channel, Community? Community)> PlaceAsync(Platform platform, Place place, CancellationToken cancellationToken)
    {
        if (place.ChannelExternalId is not { Length: > 0 } channelId)
        {
            return (null, null);
        }

        var communityId = place.CommunityExternalId is { Length: > 0 } c ? c : channelId;
        var community = await channels.EnsureCommunityAsync(platform, communityId, place.CommunityName ?? string.Empty, cancellationToken);
        var channel = await channels.EnsureChannelAsync(community.Id, platform, channelId, place.ChannelName ?? string.Empty, cancellationToken);
        if (!channel.Active)
        {
            channel = await channels.SetActiveAsync(channel.Id, true, cancellationToken) ?? channel;
            await scheduler.ApplyAsync(channel, cancellationToken);
        }

        if (place.ConversationReference is { } reference && channel.ConversationReference != reference)
        {
            await channels.SetConversationReferenceAsync(channel.Id, reference, cancellationToken);
            channel = channel with { ConversationReference = reference };
        }

        return (channel, community);
    }

    private static bool MayAdminister(Actor actor, Community? community)
    {
        if (actor.Guest)
        {
            return false;
        }

        if (actor.PlatformAdmin is { } said)
        {
            return said;
        }

        return community is not null && actor.UserIds.Any(community.IsAdmin);
    }
}
