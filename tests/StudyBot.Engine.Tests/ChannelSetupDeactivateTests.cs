using StudyBot.Engine.Model;
using StudyBot.Engine.Services;

namespace StudyBot.Engine.Tests;

public sealed class ChannelSetupDeactivateTests
{
    [Fact]
    public async Task DeactivateCommunity_LeavesOtherCommunitiesAlone()
    {
        var fx = new EngineFixture();
        var channel = await fx.ChannelAsync();
        var sibling = await fx.Store.GetOrCreateChannelAsync(channel.CommunityId, Platform.Discord, "chan-2", "other", CancellationToken.None);
        var elsewhere = await fx.Store.GetOrCreateCommunityAsync(Platform.Discord, "guild-2", "Other Club", CancellationToken.None);
        var foreign = await fx.Store.GetOrCreateChannelAsync(elsewhere.Id, Platform.Discord, "chan-9", "x", CancellationToken.None);
        var sut = fx.Get<ChannelSetupService>();

        await sut.DeactivateCommunityAsync(channel.CommunityId, CancellationToken.None);

        Assert.False(channel.Active);
        Assert.False(sibling.Active);
        Assert.True(foreign.Active);
    }

    [Theory]
    [InlineData(Platform.Discord, "Manage Server", "/setup daily time:09:00")]
    [InlineData(Platform.Teams, "installed StudyBot", "setup daily 09:00 Europe/Berlin")]
    public async Task Messages_UseThePlatformsWords(Platform platform, string refusal, string howTo)
    {
        var fx = new EngineFixture();
        var channel = new Channel { ExternalId = "c", Platform = platform };
        var sut = fx.Get<ChannelSetupService>();

        var notice = await sut.PauseAsync(channel, false, CancellationToken.None);

        Assert.Contains(refusal, notice.Message, StringComparison.Ordinal);
        Assert.Contains(howTo, ChannelSetupService.Describe(channel), StringComparison.Ordinal);
    }
}
