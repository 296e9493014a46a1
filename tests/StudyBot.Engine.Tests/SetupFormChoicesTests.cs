namespace StudyBot.Engine.Tests;

public sealed class SetupFormChoicesTests
{
    [Fact]
    public void ZoneFor_ChannelNotSetUp_IsTheTeamsZone_ThenTheChannelsOwn()
    {
        var community = new Community { ExternalId = "t", TimeZone = "Europe/Berlin" };

        var fresh = SetupFormChoices.ZoneFor(new Channel { ExternalId = "c", TimeZone = "UTC" }, community);
        var setUp = SetupFormChoices.ZoneFor(new Channel { ExternalId = "c", TimeZone = "Asia/Tokyo", DailyEnabled = true }, community);

        Assert.Equal("Europe/Berlin", fresh);
        Assert.Equal("Asia/Tokyo", setUp);
    }

    [Fact]
    public void CommonZones_AreAllKnownIanaZones_AndTheGivenOneComesFirstOnce()
    {
        var sut = SetupFormChoices.ZonesWith("Europe/Berlin");

        Assert.All(SetupFormChoices.CommonZones, z => Assert.True(Vocabulary.TryTimeZone(z, out _), z));
        Assert.Equal("Europe/Berlin", sut[0]);
        Assert.Single(sut, z => z == "Europe/Berlin");
        Assert.All(SetupFormChoices.RevealHours, h => Assert.InRange(h * 60, ChannelSetupService.MinRevealMinutes, ChannelSetupService.MaxRevealMinutes));
    }

    [Theory]
    [InlineData(9 * 60, 17 * 60, 8 * 60)]
    [InlineData(17 * 60, 9 * 60, 16 * 60)]
    [InlineData(9 * 60, 9 * 60, 0)]
    public void RevealMinutesAt_IsTheNextSuchTimeAfterThePost(int post, int reveal, int expected) =>
        Assert.Equal(expected, SetupFormChoices.RevealMinutesAt(post, reveal));
}
