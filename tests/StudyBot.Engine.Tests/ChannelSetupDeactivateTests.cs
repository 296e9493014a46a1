namespace StudyBot.Engine.Tests;

public sealed class ChannelSetupDeactivateTests
{
    [Fact]
    public async Task DeactivateCommunity_LeavesOtherCommunitiesAlone()
    {
        var fx = new EngineFixture();
        var channel = await fx.ChannelAsync();
        var sibling = await fx.Stores.Channels.EnsureChannelAsync(channel.CommunityId, Platform.Discord, "chan-2", "other", CancellationToken.None);
        var elsewhere = await fx.Stores.Channels.EnsureCommunityAsync(Platform.Discord, "guild-2", "Other Club", CancellationToken.None);
        var foreign = await fx.Stores.Channels.EnsureChannelAsync(elsewhere.Id, Platform.Discord, "chan-9", "x", CancellationToken.None);
        var sut = fx.Get<ChannelSetupService>();

        await sut.DeactivateCommunityAsync(Platform.Discord, "guild-1", CancellationToken.None);

        Assert.False((await fx.Stores.Channels.FindChannelAsync(channel.Id, CancellationToken.None))!.Active);
        Assert.False((await fx.Stores.Channels.FindChannelAsync(sibling.Id, CancellationToken.None))!.Active);
        Assert.True((await fx.Stores.Channels.FindChannelAsync(foreign.Id, CancellationToken.None))!.Active);
    }

    [Fact]
    public async Task Pause_NotAdmin_IsAnAdminsOnlyNoticeWithNoPlatformWords()
    {
        var fx = new EngineFixture();
        await fx.ChannelAsync();
        var pause = CommandParser.ParseText("setup pause").Invocation!;

        var result = await fx.Get<CommandRouter>().RunAsync(EngineFixture.Actor("u-ana", "Ana"), pause, CancellationToken.None);

        var notice = Assert.IsType<NoticeResult>(result).Notice;
        Assert.Equal(NoticeKind.AdminsOnly, notice.Kind);
        Assert.DoesNotContain("Manage Server", EngineFixture.Say(notice.Text), StringComparison.Ordinal);
        Assert.False((await fx.Stores.Channels.FindChannelAsync(Platform.Discord, "chan-1", CancellationToken.None))!.Paused);
    }

    [Fact]
    public void NotSetUp_HintIsACommandReference()
    {
        var hint = Assert.Single(ChannelSetupService.NotSetUp.Commands);

        Assert.Equal(("setup", "daily"), (hint.Command, hint.Subcommand));
        Assert.Equal("setup daily 09:00 Europe/Berlin", CommandParser.Format(hint));
        Assert.NotNull(CommandParser.ParseText(CommandParser.Format(hint)).Invocation);
    }
}
