namespace StudyBot.Engine.Tests;

public sealed class QuizServiceTests
{
    private static readonly Actor Ben = EngineFixture.Actor("u-ben", "Ben", Platform.Teams);

    private readonly EngineFixture _fx = new();

    private IReadOnlyList<string> CorrectFor(RoundView view)
    {
        var round = _fx.Stores.Rounds.Rounds.Single(r => r.Id == view.RoundId);
        return Grader.CorrectLabels(_fx.Bank.Get(round.QuestionId), round.ChoiceOrder);
    }

    [Fact]
    public async Task Quiz_AnsweredToTheEnd_SummarizesScoreAndMisses()
    {
        var sut = _fx.Get<QuizService>();
        var start = await sut.StartAsync(Ben, new QuizRequest(null, null, 3), CancellationToken.None);
        Assert.NotNull(start.First);
        Assert.Equal(1, start.First.QuizPosition);
        Assert.Equal(3, start.First.QuizCount);

        var step1 = await sut.AnswerAsync(start.First.RoundId, Ben, CorrectFor(start.First), CancellationToken.None);
        Assert.True(step1.Result.Correct);
        Assert.NotNull(step1.Result.Explanation);
        Assert.NotNull(step1.Next);
        _fx.Time.Advance(TimeSpan.FromSeconds(40));
        var wrong = step1.Next.Choices.Select(c => c.Label).Where(l => !CorrectFor(step1.Next).Contains(l)).Take(step1.Next.Type == Questions.QuestionType.Ordering ? 0 : step1.Next.PickCount).ToList();
        if (wrong.Count < step1.Next.PickCount)
        {
            wrong = CorrectFor(step1.Next).Reverse().ToList();
        }

        var step2 = await sut.AnswerAsync(step1.Next.RoundId, Ben, wrong, CancellationToken.None);
        Assert.False(step2.Result.Correct);
        var step3 = await sut.AnswerAsync(step2.Next!.RoundId, Ben, CorrectFor(step2.Next), CancellationToken.None);

        Assert.Null(step3.Next);
        var summary = Assert.IsType<QuizSummaryView>(step3.Summary);
        Assert.Equal(2, summary.Correct);
        Assert.Equal(3, summary.Total);
        Assert.Equal(TimeSpan.FromSeconds(40), summary.Duration);
        var missed = Assert.Single(summary.Missed);
        Assert.Equal(_fx.Stores.Rounds.Rounds.Single(r => r.Id == step1.Next.RoundId).QuestionId, missed.QuestionId);
        Assert.Equal(3, _fx.Stores.Answers.Answers.Count);
    }

    [Fact]
    public async Task AnswerAsync_RepeatedClick_ReturnsTheSameNextQuestionAndScoresOnce()
    {
        var sut = _fx.Get<QuizService>();
        var start = await sut.StartAsync(Ben, new QuizRequest(null, null, 2), CancellationToken.None);

        var first = await sut.AnswerAsync(start.First!.RoundId, Ben, CorrectFor(start.First), CancellationToken.None);
        var again = await sut.AnswerAsync(start.First.RoundId, Ben, CorrectFor(start.First), CancellationToken.None);

        Assert.Equal(AnswerOutcome.AlreadyAnswered, again.Result.Outcome);
        Assert.Equal(first.Next!.RoundId, again.Next!.RoundId);
        Assert.Single(_fx.Stores.Answers.Answers);
        Assert.Equal(2, _fx.Stores.Rounds.Rounds.Count);
    }

    [Fact]
    public async Task AnswerAsync_SomeoneElsesQuiz_IsRefused()
    {
        var sut = _fx.Get<QuizService>();
        var start = await sut.StartAsync(Ben, new QuizRequest(null, null, 1), CancellationToken.None);

        var step = await sut.AnswerAsync(start.First!.RoundId, EngineFixture.Actor("u-eve", "Eve", Platform.Teams), ["A"], CancellationToken.None);

        Assert.Equal(AnswerOutcome.NotFound, step.Result.Outcome);
        Assert.Empty(_fx.Stores.Answers.Answers);
    }

    [Theory]
    [InlineData(null, null, 0, "1 to 20")]
    [InlineData(null, null, 21, "1 to 20")]
    [InlineData("XYZ-01", null, 3, "not an exam")]
    [InlineData("AIF-C01", 9, 3, "domains 1 to 5")]
    [InlineData(null, 2, 3, "Choose an exam")]
    public async Task StartAsync_BadRequest_ExplainsAndStartsNothing(string? exam, int? domain, int count, string expected)
    {
        var sut = _fx.Get<QuizService>();

        var start = await sut.StartAsync(Ben, new QuizRequest(exam, domain, count), CancellationToken.None);

        Assert.Null(start.First);
        Assert.Contains(expected, EngineFixture.Say(start.Error!.Text), StringComparison.Ordinal);
        Assert.Empty(_fx.Stores.Rounds.Rounds);
    }

    [Fact]
    public async Task StartAsync_ExamAndDomain_DrawsOnlyFromThatDomain()
    {
        var sut = _fx.Get<QuizService>();

        var start = await sut.StartAsync(Ben, new QuizRequest("aif-c01", 2, 5), CancellationToken.None);

        Assert.Equal(1, start.First!.QuizCount);
        Assert.Equal("t-easy", start.First.QuestionId);
    }
}
