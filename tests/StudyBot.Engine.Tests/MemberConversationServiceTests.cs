namespace StudyBot.Engine.Tests;

public sealed class MemberConversationServiceTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly EngineFixture _fx = new();

    [Fact]
    public async Task Remember_KnownMember_StoresTheReference_AndWritesAgainOnlyWhenItChanges()
    {
        var ana = EngineFixture.Actor("u-ana", "Ana", Platform.Teams);
        var member = await _fx.Stores.Members.EnsureMemberAsync(Platform.Teams, "u-ana", "Ana", None);
        var sut = _fx.Get<MemberConversationService>();

        await sut.RememberAsync(ana, "ref-1", None);
        await sut.RememberAsync(ana, "ref-1", None);
        await sut.RememberAsync(ana, "ref-2", None);

        Assert.Equal("ref-2", await sut.FindAsync(member.Id, None));
        Assert.Equal(2, _fx.Stores.Conversations.Saves);
    }

    [Fact]
    public async Task Remember_UnknownSender_RegistersNobody_AndStoresNothing()
    {
        var stranger = EngineFixture.Actor("u-stranger", "Stranger", Platform.Teams);

        await _fx.Get<MemberConversationService>().RememberAsync(stranger, "ref-1", None);

        Assert.Empty(_fx.Stores.Members.Members);
        Assert.Equal(0, _fx.Stores.Conversations.Saves);
    }
}
