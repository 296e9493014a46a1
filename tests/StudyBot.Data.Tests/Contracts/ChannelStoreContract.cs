namespace StudyBot.Data.Tests.Contracts;

public abstract class ChannelStoreContract<TTarget> : StoreContract<TTarget>
    where TTarget : IStoreTarget, new()
{
    private static readonly ChannelSchedule Berlin = new(true, false, 17 * 60 + 30, "Europe/Berlin", Weekdays.Monday | Weekdays.Wednesday | Weekdays.Friday, "MLA-C01", 120);

    [SkippableFact]
    public async Task EnsureCommunity_Twice_ReturnsTheFirstAndKeepsItsName()
    {
        await using var s = await StoresAsync();

        var first = await s.Channels.EnsureCommunityAsync(Platform.Discord, "g1", "Guild", None);
        var again = await s.Channels.EnsureCommunityAsync(Platform.Discord, "g1", "Renamed", None);
        var teams = await s.Channels.EnsureCommunityAsync(Platform.Teams, "g1", "Team", None);

        Assert.NotEqual(0, first.Id);
        Assert.Equal(first.Id, again.Id);
        Assert.Equal("Guild", again.Name);
        Assert.Equal(Time.GetUtcNow(), again.CreatedAt);
        Assert.NotEqual(first.Id, teams.Id);
        Assert.Equal(first.Id, (await s.Channels.FindCommunityAsync(Platform.Discord, "g1", None))!.Id);
        Assert.Equal("Guild", (await s.Channels.FindCommunityAsync(first.Id, None))!.Name);
        Assert.Null(await s.Channels.FindCommunityAsync(Platform.Discord, "nope", None));
    }

    [SkippableFact]
    public async Task EnsureChannel_Twice_ReturnsTheFirstWithItsDefaults()
    {
        await using var s = await StoresAsync();
        var community = await s.Channels.EnsureCommunityAsync(Platform.Discord, "g1", "Guild", None);

        var first = await s.Channels.EnsureChannelAsync(community.Id, Platform.Discord, "c1", "study", None);
        var again = await s.Channels.EnsureChannelAsync(community.Id, Platform.Discord, "c1", "renamed", None);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(("study", community.Id, true, 0), (again.Name, again.CommunityId, again.Active, again.ScheduleVersion));
        Assert.Equal(ChannelSchedule.Default, again.Schedule);
        Assert.Equal(first.Id, (await s.Channels.FindChannelAsync(Platform.Discord, "c1", None))!.Id);
        Assert.Equal(again, await s.Channels.FindChannelAsync(first.Id, None));
        Assert.Null(await s.Channels.FindChannelAsync(-1, None));
        Assert.Null(await s.Channels.FindChannelAsync(Platform.Teams, "c1", None));
    }

    [SkippableFact]
    public async Task EnsureCommunityAndChannel_ParallelFirstContact_RegisterOneEach()
    {
        await using var s = await StoresAsync();

        var communities = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => s.Channels.EnsureCommunityAsync(Platform.Teams, "t1", "Team", None))));
        var channels = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => s.Channels.EnsureChannelAsync(communities[0].Id, Platform.Teams, "19:x", "General", None))));

        Assert.Single(communities.Select(c => c.Id).Distinct());
        Assert.Single(channels.Select(c => c.Id).Distinct());
    }

    [SkippableFact]
    public async Task SaveSchedule_ExpectedVersion_SavesEverySettingAndBumpsTheVersion()
    {
        await using var s = await StoresAsync();
        var (_, channel) = await ChannelAsync(s);

        var saved = await s.Channels.SaveScheduleAsync(channel.Id, Berlin, channel.ScheduleVersion, None);

        Assert.NotNull(saved);
        Assert.Equal(Berlin, saved.Schedule);
        Assert.Equal(channel.ScheduleVersion + 1, saved.ScheduleVersion);
        Assert.Equal(saved, await s.Channels.FindChannelAsync(channel.Id, None));
        Assert.Equal(saved, await s.Channels.FindChannelAsync(Platform.Discord, "c1", None));
        Assert.Equal(saved, Assert.Single(await s.Channels.ListScheduledChannelsAsync(None)));
    }

    [SkippableFact]
    public async Task SaveSchedule_StaleVersion_IsRefusedAndKeepsTheOtherChange()
    {
        await using var s = await StoresAsync();
        var (_, channel) = await ChannelAsync(s);
        var first = await s.Channels.SaveScheduleAsync(channel.Id, Berlin, channel.ScheduleVersion, None);

        var stale = await s.Channels.SaveScheduleAsync(channel.Id, ChannelSchedule.Default with { DailyEnabled = true, TimeZone = "Asia/Tokyo" }, channel.ScheduleVersion, None);
        var unknown = await s.Channels.SaveScheduleAsync(-1, Berlin, 0, None);

        Assert.Null(stale);
        Assert.Null(unknown);
        Assert.Equal(first, await s.Channels.FindChannelAsync(channel.Id, None));
    }

    [SkippableFact]
    public async Task SetActive_BumpsTheVersionAndOnlyActiveChannelsAreScheduled()
    {
        await using var s = await StoresAsync();
        var (community, channel) = await ChannelAsync(s);
        var other = await s.Channels.EnsureChannelAsync(community.Id, Platform.Discord, "c2", "other", None);
        var unscheduled = await s.Channels.EnsureChannelAsync(community.Id, Platform.Discord, "c3", "plain", None);
        var paused = await s.Channels.SaveScheduleAsync(channel.Id, Berlin with { Paused = true }, 0, None);
        await s.Channels.SaveScheduleAsync(other.Id, Berlin, 0, None);

        var removed = await s.Channels.SetActiveAsync(other.Id, false, None);

        Assert.NotNull(removed);
        Assert.Equal((false, 2), (removed.Active, removed.ScheduleVersion));
        Assert.Null(await s.Channels.SetActiveAsync(-1, false, None));
        Assert.Equal([paused!], await s.Channels.ListScheduledChannelsAsync(None));
        Assert.Equal([channel.Id], await s.Channels.ListScheduledChannelIdsAsync(community.Id, None));
        Assert.Empty(await s.Channels.ListScheduledChannelIdsAsync(community.Id + 1000, None));
        Assert.Equal([channel.Id, other.Id, unscheduled.Id], (await s.Channels.ListCommunityChannelsAsync(community.Id, None)).Select(c => c.Id));
        Assert.Null(await s.Channels.SaveScheduleAsync(other.Id, Berlin, 1, None));
    }

    [SkippableFact]
    public async Task SetConversationReferenceAndTimeZone_AreKept()
    {
        await using var s = await StoresAsync();
        var (community, channel) = await ChannelAsync(s);

        await s.Channels.SetConversationReferenceAsync(channel.Id, "{\"conversation\":\"x\"}", None);
        await s.Channels.SetCommunityTimeZoneAsync(community.Id, "America/Chicago", None);

        var stored = await s.Channels.FindChannelAsync(channel.Id, None);
        Assert.Equal("{\"conversation\":\"x\"}", stored!.ConversationReference);
        Assert.Equal(channel.ScheduleVersion, stored.ScheduleVersion);
        Assert.Equal("America/Chicago", (await s.Channels.FindCommunityAsync(community.Id, None))!.TimeZone);
    }

    [SkippableFact]
    public async Task AddCommunityAdmin_EachOnce_InTheOrderAdded()
    {
        await using var s = await StoresAsync();
        var (community, _) = await ChannelAsync(s);

        var installer = await s.Channels.AddCommunityAdminAsync(community.Id, "id1", None);
        var added = await s.Channels.AddCommunityAdminAsync(community.Id, "id2", None);
        var again = await s.Channels.AddCommunityAdminAsync(community.Id, "id1", None);
        var unknown = await s.Channels.AddCommunityAdminAsync(-1, "id1", None);

        Assert.Equal((true, true, false, false), (installer, added, again, unknown));
        var stored = await s.Channels.FindCommunityAsync(community.Id, None);
        Assert.Equal(["id1", "id2"], stored!.Admins);
        Assert.True(stored.IsAdmin("id2"));
        Assert.False(stored.IsAdmin("ID2"));
    }

    [SkippableFact]
    public async Task AddCommunityAdmin_ManyAtOnce_KeepsEveryOne()
    {
        await using var s = await StoresAsync();
        var (community, _) = await ChannelAsync(s);

        var added = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => s.Channels.AddCommunityAdminAsync(community.Id, $"id{i}", None))));

        Assert.All(added, Assert.True);
        Assert.Equal(8, (await s.Channels.FindCommunityAsync(community.Id, None))!.Admins.Count);
    }

    [SkippableFact]
    public async Task ReturnedCopies_ChangedByTheCaller_LeaveTheStoreAsItWas()
    {
        await using var s = await StoresAsync();
        var (community, channel) = await ChannelAsync(s);
        await s.Channels.AddCommunityAdminAsync(community.Id, "id1", None);

        // What a forgotten save looks like with records: a changed copy that is never written.
        _ = channel with { DailyEnabled = true, Paused = true, TimeZone = "Asia/Tokyo" };
        var read = await s.Channels.FindCommunityAsync(community.Id, None);
        if (read!.Admins is ISet<string> admins)
        {
            admins.Add("intruder");
        }

        Assert.Equal(ChannelSchedule.Default, (await s.Channels.FindChannelAsync(channel.Id, None))!.Schedule);
        Assert.Equal(["id1"], (await s.Channels.FindCommunityAsync(community.Id, None))!.Admins);
        Assert.Empty(await s.Channels.ListScheduledChannelsAsync(None));
    }

    [SkippableTheory]
    [InlineData(Weekdays.MondayToFriday)]
    [InlineData(Weekdays.Every)]
    [InlineData(Weekdays.Weekend)]
    [InlineData(Weekdays.Sunday | Weekdays.Wednesday)]
    public async Task SaveSchedule_AnyWeekdays_ReadBackTheSameByEveryRead(Weekdays days)
    {
        await using var s = await StoresAsync();
        var (community, channel) = await ChannelAsync(s);

        await s.Channels.SaveScheduleAsync(channel.Id, Berlin with { Days = days }, 0, None);

        Assert.Equal(days, (await s.Channels.FindChannelAsync(channel.Id, None))!.Days);
        Assert.Equal(days, (await s.Channels.FindChannelAsync(Platform.Discord, "c1", None))!.Days);
        Assert.Equal(days, Assert.Single(await s.Channels.ListCommunityChannelsAsync(community.Id, None)).Days);
    }
}
