using StudyBot.Engine.Services;

namespace StudyBot.Engine.Tests;

public sealed class ChannelSetupServiceTests
{
    private readonly EngineFixture _fx = new();

    [Fact]
    public async Task ConfigureDaily_NotAdmin_RefusesAndChangesNothing()
    {
        var channel = await _fx.ChannelAsync();
        channel.DailyEnabled = false;
        var sut = _fx.Get<ChannelSetupService>();

        var notice = await sut.ConfigureDailyAsync(channel, false, new DailySettings("10:00", "Europe/Berlin", null, null, null), CancellationToken.None);

        Assert.False(notice.Ok);
        Assert.False(channel.DailyEnabled);
        Assert.Equal("UTC", channel.TimeZone);
    }

    [Theory]
    [InlineData("25:00", "Europe/Berlin", "'25:00' is not a time")]
    [InlineData("09:00", "Mars/Olympus", "'Mars/Olympus' is not an IANA time zone")]
    public async Task ConfigureDaily_BadValue_NamesIt(string time, string zone, string expected)
    {
        var channel = await _fx.ChannelAsync();
        var sut = _fx.Get<ChannelSetupService>();

        var notice = await sut.ConfigureDailyAsync(channel, true, new DailySettings(time, zone, null, null, null), CancellationToken.None);

        Assert.False(notice.Ok);
        Assert.Contains(expected, notice.Message, StringComparison.Ordinal);
        Assert.Equal("UTC", channel.TimeZone);
    }

    [Fact]
    public async Task ConfigureDaily_Admin_StoresTheScheduleAndTheCommunityZone()
    {
        var channel = await _fx.ChannelAsync();
        var sut = _fx.Get<ChannelSetupService>();

        var notice = await sut.ConfigureDailyAsync(channel, true, new DailySettings("9:30", "America/New_York", "mon,wed", "mla-c01", 60), CancellationToken.None);

        Assert.True(notice.Ok, notice.Message);
        Assert.Equal((570, "America/New_York", "mon,wed", "MLA-C01", 60), (channel.PostMinuteOfDay, channel.TimeZone, channel.Days, channel.Exam, channel.RevealAfterMinutes));
        Assert.Equal("America/New_York", (await _fx.Store.FindCommunityAsync(channel.CommunityId, CancellationToken.None))!.TimeZone);
    }
}
