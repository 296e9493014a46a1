namespace StudyBot.Engine.Tests;

/// <summary>One member's view of the daily question (issue 13 item 6) and the close of its message at the reveal (item 5).</summary>
public sealed class DailyMemberViewServiceTests
{
    private static readonly Actor Ana = EngineFixture.Actor("u-ana", "Ana");
    private static readonly Actor Ben = EngineFixture.Actor("u-ben", "Ben");

    private readonly EngineFixture _fx = new();

    [Fact]
    public async Task GetAsync_OpenAndAnswered_ShowsTheMembersOwnPickAndNoKey()
    {
        var round = await _fx.OpenDailyAsync();
        await _fx.Get<AnswerService>().SubmitAsync(round.Id, Ana, ["C"], CancellationToken.None);
        var sut = _fx.Get<DailyMemberViewService>();

        var view = await sut.GetAsync(round.Id, Ana, CancellationToken.None);

        Assert.NotNull(view);
        Assert.Equal(["C"], view.ChosenLabels);
        Assert.Equal("You answered C. The answer is revealed at 16:00 UTC.", EngineFixture.Say(view.Note!));
        Assert.Null(view.Correct);
        Assert.Null(view.Reveal);
        Assert.False(view.Round.Closed);
        Assert.Equal(1, view.Round.AnswerCount);
    }

    [Fact]
    public async Task GetAsync_AnotherMember_SeesNobodysPick()
    {
        var round = await _fx.OpenDailyAsync();
        await _fx.Get<AnswerService>().SubmitAsync(round.Id, Ana, ["C"], CancellationToken.None);
        var sut = _fx.Get<DailyMemberViewService>();

        var view = await sut.GetAsync(round.Id, Ben, CancellationToken.None);

        Assert.NotNull(view);
        Assert.False(view.Answered);
        Assert.Null(view.Note);
        Assert.Null(view.Reveal);
        Assert.Single(_fx.Stores.Members.Members);
    }

    [Fact]
    public async Task GetAsync_AfterTheReveal_ShowsThePickAgainstTheAnswer()
    {
        var round = await _fx.OpenDailyAsync();
        await _fx.Get<AnswerService>().SubmitAsync(round.Id, Ana, ["C"], CancellationToken.None);
        await _fx.Get<AnswerService>().SubmitAsync(round.Id, Ben, ["A"], CancellationToken.None);
        await _fx.Get<DailyRoundService>().RevealAsync(round.Id, CancellationToken.None);
        var sut = _fx.Get<DailyMemberViewService>();

        var ana = await sut.GetAsync(round.Id, Ana, CancellationToken.None);
        var ben = await sut.GetAsync(round.Id, Ben, CancellationToken.None);

        Assert.Equal("You chose C · the answer is A.", EngineFixture.Say(ana!.Note!));
        Assert.False(ana.Correct);
        Assert.True(ana.Round.Closed);
        Assert.NotNull(ana.Reveal);
        Assert.StartsWith("You chose A · that is right, +", EngineFixture.Say(ben!.Note!), StringComparison.Ordinal);
        Assert.True(ben.Correct);
    }

    [Fact]
    public async Task GetAsync_OtherPlatformOrUnknownRound_IsNull()
    {
        var round = await _fx.OpenDailyAsync();
        var sut = _fx.Get<DailyMemberViewService>();

        var teams = await sut.GetAsync(round.Id, EngineFixture.Actor("u-ana", "Ana", Platform.Teams), CancellationToken.None);
        var unknown = await sut.GetAsync(round.Id + 100, Ana, CancellationToken.None);

        Assert.Null(teams);
        Assert.Null(unknown);
    }

    [Fact]
    public async Task RevealAsync_PostedRound_ClosesItsMessageWithTheRevealOnce()
    {
        var round = await _fx.OpenDailyAsync();
        await _fx.Stores.Rounds.SetMessageRefAsync(round.Id, "msg-9", CancellationToken.None);
        var sut = _fx.Get<DailyRoundService>();

        await sut.RevealAsync(round.Id, CancellationToken.None);
        await sut.RevealAsync(round.Id, CancellationToken.None);

        var (messageRef, reveal) = Assert.Single(_fx.Publisher.Closes);
        Assert.Equal("msg-9", messageRef);
        Assert.True(reveal.Round.Closed);
        Assert.Equal(["A"], reveal.CorrectLabels);
        Assert.Single(_fx.Publisher.Reveals);
    }

    [Fact]
    public async Task RefreshCountAsync_AfterTheClose_LeavesTheClosedMessageAlone()
    {
        var round = await _fx.OpenDailyAsync();
        await _fx.Stores.Rounds.SetMessageRefAsync(round.Id, "msg-9", CancellationToken.None);
        var sut = _fx.Get<DailyRoundService>();
        await sut.RefreshCountAsync(round.Id, CancellationToken.None);
        await sut.RevealAsync(round.Id, CancellationToken.None);

        await sut.RefreshCountAsync(round.Id, CancellationToken.None);

        Assert.Single(_fx.Publisher.Updates);
        Assert.Single(_fx.Publisher.Closes);
    }
}
