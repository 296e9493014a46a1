using System.Data;
using Microsoft.EntityFrameworkCore;
using StudyBot.Data.Providers;

namespace StudyBot.Data.Stores;

/// <summary>Communities and channels on EF; a channel by id, read on every click, as plain SQL.</summary>
public sealed class EfChannelStore(StudyBotDbContextFactory contexts, WriteGate gate, SqlReads reads, RowMapper rows, TimeProvider time) : IChannelStore
{
    private const string ChannelByIdSql = "SELECT " + RowMapper.ChannelColumns + " FROM \"channels\" WHERE \"Id\" = @id";

    // A concurrent admin change makes the compare-and-set miss; this many tries before giving up is far beyond any real race.
    private const int AdminWriteAttempts = 10;

    public async Task<Community> EnsureCommunityAsync(Platform platform, string externalId, string name, CancellationToken cancellationToken)
    {
        if (await FindCommunityAsync(platform, externalId, cancellationToken) is { } found)
        {
            return found;
        }

        var community = new Community { Platform = platform, ExternalId = externalId, Name = name, CreatedAt = time.GetUtcNow() };

        // Someone else registered it between our read and our insert: theirs is the one.
        return await gate.TryInsertAsync(community, cancellationToken)
            ? community
            : await FindCommunityAsync(platform, externalId, cancellationToken) ?? throw Vanished("Community", platform, externalId);
    }

    public async Task<Community?> FindCommunityAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Communities.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    public async Task<Community?> FindCommunityAsync(Platform platform, string externalId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Communities.AsNoTracking().FirstOrDefaultAsync(c => c.Platform == platform && c.ExternalId == externalId, cancellationToken);
    }

    public Task SetCommunityTimeZoneAsync(long communityId, string timeZone, CancellationToken cancellationToken) =>
        gate.UpdateAsync<Community>(c => c.Id == communityId, s => s.SetProperty(c => c.TimeZone, timeZone), cancellationToken);

    public async Task<bool> AddCommunityAdminAsync(long communityId, string externalUserId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < AdminWriteAttempts; attempt++)
        {
            var community = await FindCommunityAsync(communityId, cancellationToken);
            if (community is null || community.IsAdmin(externalUserId))
            {
                return false;
            }

            // Compare-and-set on the list as read: an admin added meanwhile by someone else is never overwritten.
            var before = community.Admins;
            IReadOnlySet<string> after = new HashSet<string>(before, StringComparer.Ordinal) { externalUserId };
            if (await gate.UpdateAsync<Community>(c => c.Id == communityId && c.Admins == before, s => s.SetProperty(c => c.Admins, after), cancellationToken) == 1)
            {
                return true;
            }
        }

        throw new DbUpdateConcurrencyException($"Community {communityId}'s admins kept changing while adding {externalUserId}.");
    }

    public async Task<Channel> EnsureChannelAsync(long communityId, Platform platform, string externalId, string name, CancellationToken cancellationToken)
    {
        if (await FindChannelAsync(platform, externalId, cancellationToken) is { } found)
        {
            return found;
        }

        var channel = new Channel { CommunityId = communityId, Platform = platform, ExternalId = externalId, Name = name, CreatedAt = time.GetUtcNow() };
        return await gate.TryInsertAsync(channel, cancellationToken)
            ? channel
            : await FindChannelAsync(platform, externalId, cancellationToken) ?? throw Vanished("Channel", platform, externalId);
    }

    /// <summary>By id: a click words its reveal time in the channel's zone, and posts and reveals read their channel.</summary>
    public Task<Channel?> FindChannelAsync(long id, CancellationToken cancellationToken) =>
        reads.ReadRowAsync(new SqlStatement(ChannelByIdSql).Add("@id", DbType.Int64, id), rows.ReadChannel, cancellationToken);

    public async Task<Channel?> FindChannelAsync(Platform platform, string externalId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Channels.AsNoTracking().FirstOrDefaultAsync(c => c.Platform == platform && c.ExternalId == externalId, cancellationToken);
    }

    public async Task<Channel?> SaveScheduleAsync(long channelId, ChannelSchedule schedule, int expectedVersion, CancellationToken cancellationToken)
    {
        var saved = await gate.UpdateAsync<Channel>(
            c => c.Id == channelId && c.ScheduleVersion == expectedVersion,
            s => s
                .SetProperty(c => c.DailyEnabled, schedule.DailyEnabled)
                .SetProperty(c => c.Paused, schedule.Paused)
                .SetProperty(c => c.PostMinuteOfDay, schedule.PostMinuteOfDay)
                .SetProperty(c => c.TimeZone, schedule.TimeZone)
                .SetProperty(c => c.Days, schedule.Days)
                .SetProperty(c => c.Exam, schedule.Exam)
                .SetProperty(c => c.RevealAfterMinutes, schedule.RevealAfterMinutes)
                .SetProperty(c => c.ScheduleVersion, expectedVersion + 1),
            cancellationToken);

        // Read after the write: a later change may already show, and then its version is the one a scheduler must go by.
        return saved == 0 ? null : await FindChannelAsync(channelId, cancellationToken);
    }

    public async Task<Channel?> SetActiveAsync(long channelId, bool active, CancellationToken cancellationToken)
    {
        var saved = await gate.UpdateAsync<Channel>(
            c => c.Id == channelId,
            s => s.SetProperty(c => c.Active, active).SetProperty(c => c.ScheduleVersion, c => c.ScheduleVersion + 1),
            cancellationToken);
        return saved == 0 ? null : await FindChannelAsync(channelId, cancellationToken);
    }

    public Task SetConversationReferenceAsync(long channelId, string conversationReference, CancellationToken cancellationToken) =>
        gate.UpdateAsync<Channel>(c => c.Id == channelId, s => s.SetProperty(c => c.ConversationReference, conversationReference), cancellationToken);

    public async Task<IReadOnlyList<Channel>> ListScheduledChannelsAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Channels.AsNoTracking().Where(c => c.Active && c.DailyEnabled).OrderBy(c => c.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<long>> ListScheduledChannelIdsAsync(long communityId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Channels.AsNoTracking()
            .Where(c => c.CommunityId == communityId && c.Active && c.DailyEnabled)
            .OrderBy(c => c.Id)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Channel>> ListCommunityChannelsAsync(long communityId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Channels.AsNoTracking().Where(c => c.CommunityId == communityId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
    }

    private static InvalidOperationException Vanished(string what, Platform platform, string externalId) =>
        new($"{what} {platform}/{externalId} was neither inserted nor found.");
}
