namespace StudyBot.Engine.Tests;

public sealed class AnswerServiceTests
{
    private static readonly Actor Ana = EngineFixture.Actor("u-ana", "Ana", Platform.Discord);

    private readonly EngineFixture _fx = new();

    private Task<Round> OpenDailyAsync() => _fx.OpenDailyAsync();

    private string CorrectLabel(Round round) =>
        Grader.CorrectLabels(_fx.Bank.Get(round.QuestionId), round.ChoiceOrder)[0];

    [Fact]
    public async Task SubmitAsync_DailyOpen_RecordsWithoutRevealing()
    {
        var round = await OpenDailyAsync();
        var sut = _fx.Get<AnswerService>();

        var result = await sut.SubmitAsync(round.Id, Ana, [CorrectLabel(round)], CancellationToken.None);

        Assert.Equal("A", CorrectLabel(round));
        Assert.Equal(AnswerOutcome.Recorded, result.Outcome);
        Assert.False(result.Reveal);
        Assert.Null(result.Correct);
        Assert.Empty(result.CorrectLabels);
        Assert.Equal($"Recorded {CorrectLabel(round)}. The answer is revealed at 16:00 UTC.", EngineFixture.Say(result.Message));
        var stored = Assert.Single(_fx.Stores.Answers.Answers);
        Assert.True(stored.Correct);
        Assert.Equal(_fx.Bank.Get(round.QuestionId).Points, stored.Points);
    }

    [Fact]
    public async Task SubmitAsync_AfterSetupChangesTheZone_NextClickNamesTheNewZone()
    {
        var round = await OpenDailyAsync();
        await _fx.ChannelAsync(zone: "Europe/Berlin");
        var sut = _fx.Get<AnswerService>();
        var admin = EngineFixture.Actor("u-admin", "Admin", admin: true);

        var first = await sut.SubmitAsync(round.Id, Ana, ["A"], CancellationToken.None);
        var setup = CommandParser.ParseText("setup daily 09:00 Asia/Tokyo").Invocation!;
        await _fx.Get<CommandRouter>().RunAsync(admin, setup, CancellationToken.None);
        var next = await sut.SubmitAsync(round.Id, EngineFixture.Actor("u-ben", "Ben"), ["A"], CancellationToken.None);

        // 16:00 UTC is 17:00 in Berlin and 01:00 in Tokyo; the zone is always named.
        Assert.EndsWith("revealed at 17:00 Europe/Berlin.", EngineFixture.Say(first.Message), StringComparison.Ordinal);
        Assert.EndsWith("revealed at 01:00 Asia/Tokyo.", EngineFixture.Say(next.Message), StringComparison.Ordinal);
        Assert.Equal(2, _fx.Stores.Answers.Answers.Count);
    }

    [Fact]
    public async Task SubmitAsync_BurstOnOneDailyRound_ReadsTheRoundOnceInTenSeconds()
    {
        var round = await OpenDailyAsync();
        var sut = _fx.Get<AnswerService>();
        var readsBefore = _fx.Stores.Rounds.RoundReads;

        for (var i = 0; i < 5; i++)
        {
            await sut.SubmitAsync(round.Id, EngineFixture.Actor($"u-{i}", $"M{i}", Platform.Discord), ["A"], CancellationToken.None);
        }

        var burstReads = _fx.Stores.Rounds.RoundReads - readsBefore;
        _fx.Time.Advance(TimeSpan.FromSeconds(11));
        await sut.SubmitAsync(round.Id, EngineFixture.Actor("u-late", "Late", Platform.Discord), ["A"], CancellationToken.None);

        Assert.Equal(1, burstReads);
        Assert.Equal(2, _fx.Stores.Rounds.RoundReads - readsBefore);
        Assert.Equal(6, _fx.Stores.Answers.Answers.Count);
    }

    [Fact]
    public async Task SubmitAsync_RoundRevealedEarly_NextClickIsClosedThoughTheRoundWasJustRead()
    {
        var round = await OpenDailyAsync();
        var sut = _fx.Get<AnswerService>();
        await sut.SubmitAsync(round.Id, Ana, ["A"], CancellationToken.None);

        await _fx.Get<DailyRoundService>().RevealAsync(round.Id, CancellationToken.None);
        var late = await sut.SubmitAsync(round.Id, EngineFixture.Actor("u-ben", "Ben", Platform.Discord), ["A"], CancellationToken.None);

        Assert.Equal(AnswerOutcome.Closed, late.Outcome);
        Assert.Single(_fx.Stores.Answers.Answers);
    }

    [Fact]
    public async Task SubmitAsync_SecondClick_KeepsTheFirstAnswerAndScoresOnce()
    {
        var round = await OpenDailyAsync();
        var sut = _fx.Get<AnswerService>();
        const string wrong = "B";
        await sut.SubmitAsync(round.Id, Ana, [wrong], CancellationToken.None);

        var again = await sut.SubmitAsync(round.Id, Ana, [CorrectLabel(round)], CancellationToken.None);

        Assert.Equal(AnswerOutcome.AlreadyAnswered, again.Outcome);
        Assert.Equal([wrong], again.ChosenLabels);
        var stored = Assert.Single(_fx.Stores.Answers.Answers);
        Assert.False(stored.Correct);
        Assert.Equal(0, stored.Points);
    }

    [Fact]
    public async Task SubmitAsync_AfterClose_RefusesAndShowsTheAnswer()
    {
        var round = await OpenDailyAsync();
        _fx.Time.Advance(TimeSpan.FromMinutes(480));
        var sut = _fx.Get<AnswerService>();

        var result = await sut.SubmitAsync(round.Id, Ana, [CorrectLabel(round)], CancellationToken.None);

        Assert.Equal(AnswerOutcome.Closed, result.Outcome);
        Assert.StartsWith("This question is closed. The answer was " + CorrectLabel(round), EngineFixture.Say(result.Message), StringComparison.Ordinal);
        Assert.Empty(_fx.Stores.Answers.Answers);
    }

    [Fact]
    public async Task SubmitAsync_UnknownRound_IsNotFoundAndStoresNothing()
    {
        var sut = _fx.Get<AnswerService>();

        var result = await sut.SubmitAsync(424242, Ana, ["A"], CancellationToken.None);

        Assert.Equal(AnswerOutcome.NotFound, result.Outcome);
        Assert.Empty(_fx.Stores.Answers.Answers);
    }

    [Fact]
    public async Task SubmitAsync_InvalidLabel_IsRefusedAndStoresNothing()
    {
        var round = await OpenDailyAsync();
        var sut = _fx.Get<AnswerService>();

        var result = await sut.SubmitAsync(round.Id, Ana, ["F"], CancellationToken.None);

        Assert.Equal(AnswerOutcome.Invalid, result.Outcome);
        Assert.Empty(_fx.Stores.Answers.Answers);
    }

    [Fact]
    public async Task SubmitAsync_ParallelClicks_RecordExactlyOne()
    {
        var round = await OpenDailyAsync();
        var sut = _fx.Get<AnswerService>();

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => sut.SubmitAsync(round.Id, Ana, [CorrectLabel(round)], CancellationToken.None))));

        Assert.Single(_fx.Stores.Answers.Answers);
        Assert.Equal(1, results.Count(r => r.Outcome == AnswerOutcome.Recorded));
        Assert.Equal(49, results.Count(r => r.Outcome == AnswerOutcome.AlreadyAnswered));
    }
}
