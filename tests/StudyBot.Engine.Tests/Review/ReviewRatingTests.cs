namespace StudyBot.Engine.Tests.Review;

/// <summary>Hard / Good / Easy after a right answer: the rating of that answer's review changes, and the card follows its rewritten log.</summary>
public sealed class ReviewRatingTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly EngineFixture _fx = new();
    private readonly Actor _ana = EngineFixture.Actor("u-ana", "Ana", kind: PlaceKind.Personal);

    private Task<CommandResult> RunAsync(string text) => _fx.Get<CommandRouter>().RunAsync(_ana, CommandParser.ParseText(text).Invocation!, None);

    private ReviewRatingService Sut => _fx.Get<ReviewRatingService>();

    private async Task<QuizStepView> AnswerAsync(long roundId, bool right, Actor? actor = null)
    {
        var round = (await _fx.Stores.Rounds.FindRoundAsync(roundId, None))!;
        var question = _fx.Bank.Get(round.QuestionId);
        var correct = Grader.CorrectLabels(question, round.ChoiceOrder);
        var all = Enumerable.Range(0, round.ChoiceOrder.Length).Select(i => ((char)('A' + i)).ToString()).ToList();
        IReadOnlyList<string> labels = right ? correct
            : question.Type == QuestionType.Ordering ? [.. correct.Reverse()] : [.. all.Except(correct).Take(question.PickCount)];
        return await _fx.Get<QuizService>().AnswerAsync(roundId, actor ?? _ana, labels, None);
    }

    /// <summary>A question answered right in a quiz, then right again in a review three days later: two reviews of one card.</summary>
    private async Task<(long FirstRound, long SecondRound, string QuestionId)> TwoRightAnswersAsync()
    {
        var quiz = Assert.IsType<QuizStartedResult>(await RunAsync("quiz AIF-C01 count:1"));
        await AnswerAsync(quiz.First.RoundId, right: true);
        _fx.Time.Advance(TimeSpan.FromDays(3));
        var review = Assert.IsType<QuizStartedResult>(await RunAsync("review"));
        Assert.Equal(quiz.First.QuestionId, review.First.QuestionId);
        await AnswerAsync(review.First.RoundId, right: true);
        await SyncAsync();
        return (quiz.First.RoundId, review.First.RoundId, quiz.First.QuestionId);
    }

    private Task<int> SyncAsync() => _fx.Get<ReviewService>().SyncAsync(null, None);

    private async Task<DeckCard> CardAsync(string questionId)
    {
        var member = await _fx.Stores.Members.FindMemberAsync(Platform.Discord, "u-ana", None);
        return (await _fx.Stores.Reviews.FindCardAsync(member!.Id, questionId, None))!;
    }

    [Fact]
    public async Task Rate_EasyAfterTheLatestRightAnswer_TheCardIsWhatTheSchedulerGivesForTheRewrittenHistory()
    {
        var (_, second, questionId) = await TwoRightAnswersAsync();
        var goodCard = await CardAsync(questionId);
        var log = _fx.Stores.Reviews.Reviews.Where(r => r.QuestionId == questionId).ToList();

        var result = await Sut.RateAsync(_ana, second, ReviewRating.Easy, None);

        Assert.Null(result.Refusal);
        Assert.True(result.Changed);
        Assert.Equal(ReviewRating.Easy, result.Step!.Result.Rating);
        var scheduler = new FsrsScheduler();
        var expected = scheduler.Next(scheduler.Next(ReviewCard.New(log[0].At), log[0].At, ReviewRating.Good), log[1].At, ReviewRating.Easy);
        var card = await CardAsync(questionId);
        Assert.Equal(expected, card.Memory);
        Assert.True(card.Memory.Due > goodCard.Memory.Due, $"{card.Memory.Due:O} should be after {goodCard.Memory.Due:O}");
        Assert.Equal(2, card.Memory.Reps);
        Assert.Equal([ReviewRating.Good, ReviewRating.Easy], _fx.Stores.Reviews.Reviews.Select(r => r.Rating));
    }

    [Fact]
    public async Task Rate_HardOnAnAnswerAfterWhichTheCardWasReviewedAgain_ReplaysTheWholeLog()
    {
        var (first, _, questionId) = await TwoRightAnswersAsync();
        var log = _fx.Stores.Reviews.Reviews.Where(r => r.QuestionId == questionId).ToList();

        var result = await Sut.RateAsync(_ana, first, ReviewRating.Hard, None);

        Assert.True(result.Changed);
        var rewritten = new[] { log[0] with { Rating = ReviewRating.Hard }, log[1] };
        var expected = new FsrsScheduler().Replay(rewritten);
        var card = await CardAsync(questionId);
        Assert.Equal(expected, card.Memory);
        Assert.Equal(log[1].At, card.Memory.LastReview);
        Assert.Equal(2, _fx.Stores.Reviews.Reviews.Count);
    }

    [Fact]
    public async Task Rate_TheSameRatingTwice_OrTwoClicksAtOnce_ChangeTheCardOnce_AndNeverAddAReview()
    {
        var (_, second, questionId) = await TwoRightAnswersAsync();

        var clicks = await Task.WhenAll(Sut.RateAsync(_ana, second, ReviewRating.Easy, None), Sut.RateAsync(_ana, second, ReviewRating.Easy, None));
        var afterBoth = await CardAsync(questionId);
        var third = await Sut.RateAsync(_ana, second, ReviewRating.Easy, None);

        Assert.Single(clicks, c => c.Changed);
        Assert.All(clicks, c => Assert.Null(c.Refusal));
        Assert.False(third.Changed);
        Assert.Equal(afterBoth, await CardAsync(questionId));
        Assert.Equal([ReviewRating.Good, ReviewRating.Easy], _fx.Stores.Reviews.Reviews.Select(r => r.Rating));
    }

    [Fact]
    public async Task Rate_BackToGood_GivesTheScheduleOfTheOriginalAnswers()
    {
        var (_, second, questionId) = await TwoRightAnswersAsync();
        var original = await CardAsync(questionId);

        await Sut.RateAsync(_ana, second, ReviewRating.Hard, None);
        var back = await Sut.RateAsync(_ana, second, ReviewRating.Good, None);

        Assert.True(back.Changed);
        Assert.Equal(original, await CardAsync(questionId));
    }

    [Fact]
    public async Task Rate_AWrongAnswer_IsRefused_AndChangesNothing()
    {
        var quiz = Assert.IsType<QuizStartedResult>(await RunAsync("quiz AIF-C01 count:2"));
        var step = await AnswerAsync(quiz.First.RoundId, right: false);

        var result = await Sut.RateAsync(_ana, quiz.First.RoundId, ReviewRating.Easy, None);
        await SyncAsync();

        Assert.Null(step.Result.Rating);
        Assert.Equal(NoticeKind.Invalid, result.Refusal!.Kind);
        Assert.Contains("Only a right answer", EngineFixture.Say(result.Refusal.Text), StringComparison.Ordinal);
        Assert.Equal([ReviewRating.Again], _fx.Stores.Reviews.Reviews.Select(r => r.Rating));
    }

    [Fact]
    public async Task Rate_ARightQuizAnswer_OffersGood_AndShowsTheStepAgainWithTheNextQuestion()
    {
        var quiz = Assert.IsType<QuizStartedResult>(await RunAsync("quiz AIF-C01 count:2"));
        var answered = await AnswerAsync(quiz.First.RoundId, right: true);

        var result = await Sut.RateAsync(_ana, quiz.First.RoundId, ReviewRating.Easy, None);

        Assert.Equal(ReviewRating.Good, answered.Result.Rating);
        Assert.Equal(answered.Next!.RoundId, result.Step!.Next!.RoundId);
        Assert.Equal(EngineFixture.Say(answered.Result.Message), EngineFixture.Say(result.Step.Result.Message));
        Assert.Equal([ReviewRating.Easy], _fx.Stores.Reviews.Reviews.Select(r => r.Rating));
    }

    [Fact]
    public async Task Rate_SomeoneElsesAnswer_OrNoAnswer_IsRefused()
    {
        var quiz = Assert.IsType<QuizStartedResult>(await RunAsync("quiz AIF-C01 count:1"));
        await AnswerAsync(quiz.First.RoundId, right: true);
        var ben = EngineFixture.Actor("u-ben", "Ben", kind: PlaceKind.Personal);

        var result = await Sut.RateAsync(ben, quiz.First.RoundId, ReviewRating.Easy, None);
        var unknown = await Sut.RateAsync(_ana, 99_999, ReviewRating.Easy, None);
        await SyncAsync();

        Assert.NotNull(result.Refusal);
        Assert.NotNull(unknown.Refusal);
        Assert.Equal([ReviewRating.Good], _fx.Stores.Reviews.Reviews.Select(r => r.Rating));
    }

    [Fact]
    public async Task Rate_ADailyAnswer_OnlyOnceRevealed_SoTheButtonsNeverTellEarly()
    {
        var round = await _fx.OpenDailyAsync();
        var inChannel = EngineFixture.Actor("u-ana", "Ana");
        var answered = await _fx.Get<AnswerService>().SubmitAsync(round.Id, inChannel, ["A"], None);

        var early = await Sut.RateAsync(inChannel, round.Id, ReviewRating.Easy, None);
        _fx.Time.Advance(TimeSpan.FromHours(9));
        var late = await Sut.RateAsync(inChannel, round.Id, ReviewRating.Easy, None);

        Assert.Null(answered.Rating);
        Assert.Contains("once the answer is revealed", EngineFixture.Say(early.Refusal!.Text), StringComparison.Ordinal);
        Assert.Null(late.Refusal);
        Assert.True(late.Changed);
        Assert.Equal(ReviewRating.Easy, late.Step!.Result.Rating);
        Assert.Equal([ReviewRating.Easy], _fx.Stores.Reviews.Reviews.Select(r => r.Rating));
    }
}
