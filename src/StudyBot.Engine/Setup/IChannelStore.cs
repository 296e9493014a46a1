namespace StudyBot.Engine.Setup;

/// <summary>Communities and their channels, with the channels' daily-question settings.</summary>
public interface IChannelStore
{
    /// <summary>Finds the community by its platform id, or registers it; an existing one keeps its name.</summary>
    Task<Community> EnsureCommunityAsync(Platform platform, string externalId, string name, CancellationToken cancellationToken);

    Task<Community?> FindCommunityAsync(long id, CancellationToken cancellationToken);

    Task<Community?> FindCommunityAsync(Platform platform, string externalId, CancellationToken cancellationToken);

    Task SetCommunityTimeZoneAsync(long communityId, string timeZone, CancellationToken cancellationToken);

    /// <summary>Adds a community admin (Teams); false when they already were one or the community is unknown.</summary>
    Task<bool> AddCommunityAdminAsync(long communityId, string externalUserId, CancellationToken cancellationToken);

    /// <summary>Finds the channel by its platform id, or registers it in the community; an existing one keeps its name.</summary>
    Task<Channel> EnsureChannelAsync(long communityId, Platform platform, string externalId, string name, CancellationToken cancellationToken);

    Task<Channel?> FindChannelAsync(long id, CancellationToken cancellationToken);

    Task<Channel?> FindChannelAsync(Platform platform, string externalId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the channel's daily-question settings if its <see cref="Channel.ScheduleVersion"/> is still
    /// <paramref name="expectedVersion"/>, bumping the version; the saved channel, or null when another change came first.
    /// </summary>
    Task<Channel?> SaveScheduleAsync(long channelId, ChannelSchedule schedule, int expectedVersion, CancellationToken cancellationToken);

    /// <summary>Marks the channel active (the bot is there) or not, bumping the schedule version; the saved channel.</summary>
    Task<Channel?> SetActiveAsync(long channelId, bool active, CancellationToken cancellationToken);

    /// <summary>Keeps what the adapter needs to post into the channel proactively.</summary>
    Task SetConversationReferenceAsync(long channelId, string conversationReference, CancellationToken cancellationToken);

    /// <summary>Active channels whose daily question is set up (paused ones included).</summary>
    Task<IReadOnlyList<Channel>> ListScheduledChannelsAsync(CancellationToken cancellationToken);

    /// <summary>Ids of the community's active channels whose daily question is set up (paused ones included).</summary>
    Task<IReadOnlyList<long>> ListScheduledChannelIdsAsync(long communityId, CancellationToken cancellationToken);

    /// <summary>Every channel of a community, active or not.</summary>
    Task<IReadOnlyList<Channel>> ListCommunityChannelsAsync(long communityId, CancellationToken cancellationToken);
}
