namespace StudyBot.Engine.Tests;

public sealed class ChannelSetupServiceTests
{
    private readonly EngineFixture _fx = new();

    private static readonly Actor Admin = EngineFixture.Actor("u-admin", "Admin", admin: true);

    private async Task<(CommandResult Result, Channel Channel)> RunAsync(Actor actor, string text)
    {
        var parsed = CommandParser.ParseText(text);
        var result = parsed.Invocation is { } invocation
            ? await _fx.Get<CommandRouter>().RunAsync(actor, invocation, CancellationToken.None)
            : new NoticeResult(parsed.Error!);
        return (result, (await _fx.Stores.Channels.FindChannelAsync(Platform.Discord, "chan-1", CancellationToken.None))!);
    }

    [Fact]
    public async Task ConfigureDaily_NotAdmin_RefusesAndChangesNothing()
    {
        var (result, channel) = await RunAsync(EngineFixture.Actor("u-ana", "Ana"), "setup daily 10:00 Europe/Berlin");

        Assert.False(Assert.IsType<NoticeResult>(result).Notice.Ok);
        Assert.False(channel.DailyEnabled);
        Assert.Equal("UTC", channel.TimeZone);
    }

    [Theory]
    [InlineData("setup daily 25:00 Europe/Berlin", "'25:00'")]
    [InlineData("setup daily 09:00 Mars/Olympus", "'Mars/Olympus' is not an IANA time zone")]
    [InlineData("setup daily 09:00 Europe/Berlin fortnightly", "'fortnightly'")]
    [InlineData("setup daily 09:00 Europe/Berlin AWS-ML", "'AWS-ML'")]
    [InlineData("setup daily 09:00 Europe/Berlin 2", "'2'")]
    public async Task ConfigureDaily_BadValue_NamesItAndChangesNothing(string text, string expected)
    {
        await _fx.ChannelAsync();

        var (result, channel) = await RunAsync(Admin, text);

        var notice = Assert.IsType<NoticeResult>(result).Notice;
        Assert.False(notice.Ok);
        Assert.Contains(expected, EngineFixture.Say(notice.Text), StringComparison.Ordinal);
        Assert.Equal("UTC", channel.TimeZone);
    }

    [Fact]
    public async Task ConfigureDaily_Admin_StoresTheScheduleAndTheCommunityZone()
    {
        await _fx.ChannelAsync();

        var (result, channel) = await RunAsync(Admin, "setup daily 9:30 America/New_York mon,wed mla-c01 60");

        var notice = Assert.IsType<NoticeResult>(result).Notice;
        Assert.True(notice.Ok, EngineFixture.Say(notice.Text));
        Assert.Equal((570, "America/New_York", Weekdays.Monday | Weekdays.Wednesday, "MLA-C01", 60), (channel.PostMinuteOfDay, channel.TimeZone, channel.Days, channel.Exam, channel.RevealAfterMinutes));
        Assert.Equal("America/New_York", (await _fx.Stores.Channels.FindCommunityAsync(channel.CommunityId, CancellationToken.None))!.TimeZone);
        Assert.Equal("Mon and Wed at 09:30 America/New_York, MLA-C01, answer revealed after 1 hour.", EngineFixture.Say(notice.Text));
    }

    [Theory]
    [InlineData("mon-fri")]
    [InlineData("weekdays")]
    [InlineData("mon,tue,wed,thu,fri")]
    [InlineData("monday-friday")]
    [InlineData("days:mon-fri")]
    public async Task ConfigureDaily_WeekdayForms_AllMeanMondayToFriday(string days)
    {
        await _fx.ChannelAsync();

        var (_, channel) = await RunAsync(Admin, $"setup daily 09:00 Europe/Berlin {days}");

        Assert.Equal(Weekdays.MondayToFriday, channel.Days);
    }

    [Fact]
    public async Task ConfigureDaily_RevealAsHours_IsMinutes()
    {
        await _fx.ChannelAsync();

        var (_, channel) = await RunAsync(Admin, "setup daily 09:00 Europe/Berlin daily 8h");

        Assert.Equal((Weekdays.Every, 480), (channel.Days, channel.RevealAfterMinutes));
    }

    [Fact]
    public async Task SetupInAPersonalChat_IsRefusedWithoutWriting()
    {
        var (result, _) = await RunAsync(EngineFixture.Actor("u-admin", "Admin", admin: true, kind: PlaceKind.Personal), "setup daily 09:00 Europe/Berlin");

        Assert.False(Assert.IsType<NoticeResult>(result).Notice.Ok);
        Assert.Empty(await _fx.Stores.Channels.ListScheduledChannelsAsync(CancellationToken.None));
    }
}
