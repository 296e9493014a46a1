namespace StudyBot.Tests.Shared.Fakes;

/// <summary>Communities and channels in memory, with the store's unique keys (platform and external id) and version checks.</summary>
public sealed class FakeChannelStore(FakeTables tables) : IChannelStore
{
    public FakeChannelStore()
        : this(new FakeTables())
    {
    }

    /// <summary>Copies of every channel, in the order registered.</summary>
    public IReadOnlyList<Channel> Channels => tables.Locked(() => tables.Channels.Select(FakeTables.Copy).ToList());

    /// <summary>Copies of every community, in the order registered.</summary>
    public IReadOnlyList<Community> Communities => tables.Locked(() => tables.Communities.Select(FakeTables.Copy).ToList());

    public Task<Community> EnsureCommunityAsync(Platform platform, string externalId, string name, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        var found = tables.Communities.FirstOrDefault(c => c.Platform == platform && c.ExternalId == externalId);
        if (found is null)
        {
            found = new Community { Id = tables.NextId(), Platform = platform, ExternalId = externalId, Name = name, CreatedAt = tables.Time.GetUtcNow() };
            tables.Communities.Add(found);
        }

        return FakeTables.Copy(found);
    });

    public Task<Community?> FindCommunityAsync(long id, CancellationToken cancellationToken) =>
        tables.LockedAsync(() => tables.Communities.FirstOrDefault(c => c.Id == id) is { } c ? FakeTables.Copy(c) : null);

    public Task<Community?> FindCommunityAsync(Platform platform, string externalId, CancellationToken cancellationToken) =>
        tables.LockedAsync(() => tables.Communities.FirstOrDefault(c => c.Platform == platform && c.ExternalId == externalId) is { } c ? FakeTables.Copy(c) : null);

    public Task SetCommunityTimeZoneAsync(long communityId, string timeZone, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        var i = tables.Communities.FindIndex(c => c.Id == communityId);
        if (i >= 0)
        {
            tables.Communities[i] = tables.Communities[i] with { TimeZone = timeZone };
        }
    });

    public Task<bool> AddCommunityAdminAsync(long communityId, string externalUserId, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        var i = tables.Communities.FindIndex(c => c.Id == communityId);
        if (i < 0 || tables.Communities[i].Admins.Contains(externalUserId))
        {
            return false;
        }

        var admins = new HashSet<string>(tables.Communities[i].Admins, StringComparer.Ordinal) { externalUserId };
        tables.Communities[i] = tables.Communities[i] with { Admins = admins };
        return true;
    });

    public Task<Channel> EnsureChannelAsync(long communityId, Platform platform, string externalId, string name, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        var found = tables.Channels.FirstOrDefault(c => c.Platform == platform && c.ExternalId == externalId);
        if (found is null)
        {
            found = new Channel { Id = tables.NextId(), CommunityId = communityId, Platform = platform, ExternalId = externalId, Name = name, CreatedAt = tables.Time.GetUtcNow() };
            tables.Channels.Add(found);
        }

        return FakeTables.Copy(found);
    });

    public Task<Channel?> FindChannelAsync(long id, CancellationToken cancellationToken) =>
        tables.LockedAsync(() => tables.Channels.FirstOrDefault(c => c.Id == id) is { } c ? FakeTables.Copy(c) : null);

    public Task<Channel?> FindChannelAsync(Platform platform, string externalId, CancellationToken cancellationToken) =>
        tables.LockedAsync(() => tables.Channels.FirstOrDefault(c => c.Platform == platform && c.ExternalId == externalId) is { } c ? FakeTables.Copy(c) : null);

    public Task<Channel?> SaveScheduleAsync(long channelId, ChannelSchedule schedule, int expectedVersion, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        var i = tables.Channels.FindIndex(c => c.Id == channelId);
        if (i < 0 || tables.Channels[i].ScheduleVersion != expectedVersion)
        {
            return null;
        }

        var saved = tables.Channels[i] with
        {
            DailyEnabled = schedule.DailyEnabled,
            Paused = schedule.Paused,
            PostMinuteOfDay = schedule.PostMinuteOfDay,
            TimeZone = schedule.TimeZone,
            Days = schedule.Days,
            Exam = schedule.Exam,
            RevealAfterMinutes = schedule.RevealAfterMinutes,
            ScheduleVersion = expectedVersion + 1,
        };
        return (Channel?)FakeTables.Replace(tables.Channels, i, saved, FakeTables.Copy);
    });

    public Task<Channel?> SetActiveAsync(long channelId, bool active, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        var i = tables.Channels.FindIndex(c => c.Id == channelId);
        if (i < 0)
        {
            return null;
        }

        var saved = tables.Channels[i] with { Active = active, ScheduleVersion = tables.Channels[i].ScheduleVersion + 1 };
        return (Channel?)FakeTables.Replace(tables.Channels, i, saved, FakeTables.Copy);
    });

    public Task SetConversationReferenceAsync(long channelId, string conversationReference, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        var i = tables.Channels.FindIndex(c => c.Id == channelId);
        if (i >= 0)
        {
            tables.Channels[i] = tables.Channels[i] with { ConversationReference = conversationReference };
        }
    });

    public Task<IReadOnlyList<Channel>> ListScheduledChannelsAsync(CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyList<Channel>>(() => tables.Channels.Where(c => c.Active && c.DailyEnabled).OrderBy(c => c.Id).Select(FakeTables.Copy).ToList());

    public Task<IReadOnlyList<long>> ListScheduledChannelIdsAsync(long communityId, CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyList<long>>(() => tables.Channels
            .Where(c => c.CommunityId == communityId && c.Active && c.DailyEnabled).OrderBy(c => c.Id).Select(c => c.Id).ToList());

    public Task<IReadOnlyList<Channel>> ListCommunityChannelsAsync(long communityId, CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyList<Channel>>(() => tables.Channels.Where(c => c.CommunityId == communityId).OrderBy(c => c.Id).Select(FakeTables.Copy).ToList());
}
