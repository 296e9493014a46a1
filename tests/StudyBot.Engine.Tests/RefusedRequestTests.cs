namespace StudyBot.Engine.Tests;

/// <summary>Issue 14: a request the engine refuses writes nothing, not even the member who sent it.</summary>
public sealed class RefusedRequestTests
{
    private static readonly Actor Ana = EngineFixture.Actor("u-ana", "Ana", Platform.Discord);
    private static readonly Actor Eve = EngineFixture.Actor("u-eve", "Eve", Platform.Discord);

    private readonly EngineFixture _fx = new();

    private int Rows => _fx.Stores.Members.Members.Count + _fx.Stores.Channels.Channels.Count + _fx.Stores.Channels.Communities.Count
        + _fx.Stores.Rounds.Rounds.Count + _fx.Stores.Answers.Answers.Count + _fx.Stores.Quizzes.Quizzes.Count;

    private Task<Round> OpenDailyAsync() => _fx.OpenDailyAsync();

    [Fact]
    public async Task SubmitAsync_ClosedRoundByANewcomer_RegistersNobody()
    {
        var round = await OpenDailyAsync();
        _fx.Time.Advance(TimeSpan.FromMinutes(480));
        var rows = Rows;

        var result = await _fx.Get<AnswerService>().SubmitAsync(round.Id, Eve, ["A"], CancellationToken.None);

        Assert.Equal(AnswerOutcome.Closed, result.Outcome);
        Assert.Equal(rows, Rows);
        Assert.Null(await _fx.Stores.Members.FindMemberAsync(Platform.Discord, Eve.UserId, CancellationToken.None));
    }

    [Theory]
    [InlineData("F")]
    [InlineData("")]
    public async Task SubmitAsync_LabelTheQuestionDoesNotHave_RegistersNobody(string label)
    {
        var round = await OpenDailyAsync();
        var rows = Rows;

        var result = await _fx.Get<AnswerService>().SubmitAsync(round.Id, Eve, label.Length == 0 ? [] : [label], CancellationToken.None);

        Assert.Equal(AnswerOutcome.Invalid, result.Outcome);
        Assert.Equal(rows, Rows);
    }

    [Fact]
    public async Task SubmitAsync_UnknownRound_RegistersNobody()
    {
        var result = await _fx.Get<AnswerService>().SubmitAsync(424242, Eve, ["A"], CancellationToken.None);

        Assert.Equal(AnswerOutcome.NotFound, result.Outcome);
        Assert.Equal(0, Rows);
    }

    [Fact]
    public async Task SubmitAsync_OpenRoundByANewcomer_RegistersThemWithTheAnswer()
    {
        var round = await OpenDailyAsync();

        var result = await _fx.Get<AnswerService>().SubmitAsync(round.Id, Eve, ["A"], CancellationToken.None);

        Assert.Equal(AnswerOutcome.Recorded, result.Outcome);
        var eve = Assert.Single(_fx.Stores.Members.Members);
        Assert.Equal(eve.Id, Assert.Single(_fx.Stores.Answers.Answers).MemberId);
    }

    [Fact]
    public async Task SubmitAsync_ClosedRoundByAMemberWhoAnswered_StillShowsTheirAnswer()
    {
        var round = await OpenDailyAsync();
        var sut = _fx.Get<AnswerService>();
        await sut.SubmitAsync(round.Id, Ana, ["B"], CancellationToken.None);
        _fx.Time.Advance(TimeSpan.FromMinutes(480));

        var late = await sut.SubmitAsync(round.Id, Ana, ["A"], CancellationToken.None);

        Assert.Equal(AnswerOutcome.AlreadyAnswered, late.Outcome);
        Assert.Equal(["B"], late.ChosenLabels);
    }

    [Fact]
    public async Task AnswerAsync_SomeoneElsesQuiz_RegistersNobody()
    {
        var quizzes = _fx.Get<QuizService>();
        var start = await quizzes.StartAsync(Ana, new QuizRequest(null, null, 1), CancellationToken.None);
        var rows = Rows;

        var step = await quizzes.AnswerAsync(start.First!.RoundId, Eve, ["A"], CancellationToken.None);

        Assert.Equal(AnswerOutcome.NotFound, step.Result.Outcome);
        Assert.Equal(rows, Rows);
        Assert.DoesNotContain(_fx.Stores.Members.Members, m => m.ExternalId == Eve.UserId);
    }

    [Fact]
    public async Task AnswerAsync_OwnQuizUnderANewName_RecordsAndRenames()
    {
        var quizzes = _fx.Get<QuizService>();
        var start = await quizzes.StartAsync(Ana, new QuizRequest(null, null, 1), CancellationToken.None);
        var labels = Grader.CorrectLabels(_fx.Bank.Get(_fx.Stores.Rounds.Rounds.Single().QuestionId), _fx.Stores.Rounds.Rounds.Single().ChoiceOrder);

        var step = await quizzes.AnswerAsync(start.First!.RoundId, Ana with { DisplayName = "Ana B." }, labels, CancellationToken.None);

        Assert.Equal(AnswerOutcome.Recorded, step.Result.Outcome);
        Assert.NotNull(step.Summary);
        Assert.Equal("Ana B.", Assert.Single(_fx.Stores.Members.Members).DisplayName);
    }

    [Theory]
    [InlineData("quiz ZZZ-Z99")]
    [InlineData("quiz AIF-C01 9")]
    public async Task RunAsync_QuizTheEngineRefuses_WritesNothing(string text)
    {
        var invocation = CommandParser.ParseText(text).Invocation!;

        var result = await _fx.Get<CommandRouter>().RunAsync(Ana, invocation, CancellationToken.None);

        Assert.IsType<NoticeResult>(result);
        Assert.Equal(0, Rows);
    }
}
