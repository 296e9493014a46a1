namespace StudyBot.Engine.Tests;

public sealed class InstallationTests
{
    private readonly EngineFixture _fx = new();

    private static Actor Installer(string id, bool guest = false, string? reference = "{\"conversation\":{\"id\":\"chan-1\"}}") =>
        new(Platform.Teams, id, id, new Place(PlaceKind.Channel, "team-1", "Team", "chan-1", "General", reference), Guest: guest);

    [Fact]
    public async Task Installed_AnnouncedTwice_FirstTimeOnlyOnce()
    {
        var setup = _fx.Get<ChannelSetupService>();

        var first = await setup.InstalledAsync(Installer("aad-1"), CancellationToken.None);
        var second = await setup.InstalledAsync(Installer("aad-1"), CancellationToken.None);

        Assert.True(first!.FirstTime);
        Assert.False(second!.FirstTime);
        Assert.Equal(first.Channel.Id, second.Channel.Id);
        Assert.Single(await _fx.Stores.Channels.ListCommunityChannelsAsync(first.Channel.CommunityId, CancellationToken.None));
    }

    [Fact]
    public async Task Installed_ByAMember_MakesThemAdmin_ByAGuest_DoesNot()
    {
        var setup = _fx.Get<ChannelSetupService>();

        var installation = await setup.InstalledAsync(Installer("aad-guest", guest: true), CancellationToken.None);
        var afterGuest = await _fx.Stores.Channels.FindCommunityAsync(installation!.Channel.CommunityId, CancellationToken.None);
        await setup.InstalledAsync(Installer("aad-owner"), CancellationToken.None);
        var afterOwner = await _fx.Stores.Channels.FindCommunityAsync(installation.Channel.CommunityId, CancellationToken.None);

        Assert.False(afterGuest!.IsAdmin("aad-guest"));
        Assert.True(afterOwner!.IsAdmin("aad-owner"));
        Assert.False(afterOwner.IsAdmin("aad-guest"));
    }

    [Fact]
    public async Task Installed_AfterRemoval_IsWelcomedAgain()
    {
        var setup = _fx.Get<ChannelSetupService>();
        var first = await setup.InstalledAsync(Installer("aad-1"), CancellationToken.None);

        await setup.DeactivateAsync(first!.Channel, CancellationToken.None);
        var again = await setup.InstalledAsync(Installer("aad-1"), CancellationToken.None);

        Assert.True(again!.FirstTime);
        Assert.True(again.Channel.Active);
    }

    [Fact]
    public async Task Installed_WithoutAChannel_RegistersNothing()
    {
        var setup = _fx.Get<ChannelSetupService>();
        var actor = new Actor(Platform.Teams, "aad-1", "A", new Place(PlaceKind.Personal, null, null, null, null));

        Assert.Null(await setup.InstalledAsync(actor, CancellationToken.None));
        Assert.Null(await _fx.Stores.Channels.FindCommunityAsync(Platform.Teams, "team-1", CancellationToken.None));
    }
}
