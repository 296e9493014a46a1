namespace StudyBot.Engine.Tests.Review;

/// <summary><c>review</c> through the command surface: what is due comes back as a quiz, and its answers are reviews.</summary>
public sealed class ReviewCommandTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly EngineFixture _fx = new();
    private readonly Actor _ana = EngineFixture.Actor("u-ana", "Ana", kind: PlaceKind.Personal);

    private Task<CommandResult> RunAsync(string text) => _fx.Get<CommandRouter>().RunAsync(_ana, CommandParser.ParseText(text).Invocation!, None);

    private async Task<(Round Round, Question Question)> ItemAsync(long roundId)
    {
        var round = (await _fx.Stores.Rounds.FindRoundAsync(roundId, None))!;
        return (round, _fx.Bank.Get(round.QuestionId));
    }

    private static IReadOnlyList<string> Labels(Question question, Round round, bool right)
    {
        var correct = Grader.CorrectLabels(question, round.ChoiceOrder);
        if (right)
        {
            return correct;
        }

        var all = Enumerable.Range(0, round.ChoiceOrder.Length).Select(i => ((char)('A' + i)).ToString()).ToList();
        return question.Type == QuestionType.Ordering ? [.. correct.Reverse()] : [.. all.Except(correct).Take(question.PickCount)];
    }

    [Fact]
    public async Task Review_NoCardsYet_SaysHowCardsAreMade()
    {
        var result = await RunAsync("review");

        var said = EngineFixture.Say(Assert.IsType<NoticeResult>(result).Notice.Text);
        Assert.Contains("Nothing to review yet", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_AMissedQuizQuestion_ComesBackTheNextDay_AndItsAnswerIsAReview()
    {
        var quiz = Assert.IsType<QuizStartedResult>(await RunAsync("quiz AIF-C01 count:1"));
        var (round, question) = await ItemAsync(quiz.First.RoundId);
        await _fx.Get<QuizService>().AnswerAsync(round.Id, _ana, Labels(question, round, right: false), None);

        var tooSoon = await RunAsync("review");
        _fx.Time.Advance(TimeSpan.FromDays(1));
        var review = Assert.IsType<QuizStartedResult>(await RunAsync("review"));

        Assert.Contains("Come back", EngineFixture.Say(Assert.IsType<NoticeResult>(tooSoon).Notice.Text), StringComparison.Ordinal);
        Assert.Equal(question.Id, review.First.QuestionId);
        Assert.Equal("1 review due today, 0 overdue.", EngineFixture.Say(review.Intro!));
        var (item, _) = await ItemAsync(review.First.RoundId);
        var step = await _fx.Get<QuizService>().AnswerAsync(item.Id, _ana, Labels(question, item, right: true), None);
        Assert.Equal(AnswerOutcome.Recorded, step.Result.Outcome);
        Assert.IsType<NoticeResult>(await RunAsync("review"));
        Assert.Equal([ReviewSource.Quiz, ReviewSource.Review], _fx.Stores.Reviews.Reviews.Select(r => r.Source));
        Assert.Equal([ReviewRating.Again, ReviewRating.Good], _fx.Stores.Reviews.Reviews.Select(r => r.Rating));
    }

    [Fact]
    public async Task ReviewExamDate_SavesIt_RefusesAPastDateAndAnUnknownExam_AndClears()
    {
        var set = await RunAsync("review exam-date 2027-01-15 AIF-C01");
        var past = await RunAsync("review exam-date 2026-01-01");
        var unknown = await RunAsync("review exam-date 2027-01-15 AWS-ML1");

        Assert.Equal(NoticeKind.Done, Assert.IsType<NoticeResult>(set).Notice.Kind);
        Assert.Contains("Friday 15 January 2027 (AIF-C01), 53 days from now", EngineFixture.Say(((NoticeResult)set).Notice.Text), StringComparison.Ordinal);
        Assert.Equal(NoticeKind.Invalid, Assert.IsType<NoticeResult>(past).Notice.Kind);
        Assert.Contains("AWS-ML1", EngineFixture.Say(Assert.IsType<NoticeResult>(unknown).Notice.Text), StringComparison.Ordinal);
        var member = await _fx.Stores.Members.EnsureMemberAsync(Platform.Discord, "u-ana", "Ana", None);
        var saved = await _fx.Stores.Reviews.GetSettingsAsync(member.Id, None);
        Assert.Equal(new DateOnly(2027, 1, 15), saved.ExamDate);
        Assert.Equal("AIF-C01", saved.ExamCode);

        await RunAsync("review exam-date");
        Assert.Null((await _fx.Stores.Reviews.GetSettingsAsync(member.Id, None)).ExamDate);
    }

    [Fact]
    public async Task Stats_WithAnExamDate_ShowDaysToTheExamAndPace_ToTheMemberOnly()
    {
        var quiz = Assert.IsType<QuizStartedResult>(await RunAsync("quiz AIF-C01 count:1"));
        var (round, question) = await ItemAsync(quiz.First.RoundId);
        await _fx.Get<QuizService>().AnswerAsync(round.Id, _ana, Labels(question, round, right: false), None);
        await RunAsync("review exam-date 2027-01-15 AIF-C01");

        var own = Assert.IsType<StatsResult>(await RunAsync("stats"));
        _fx.Time.Advance(TimeSpan.FromDays(3));
        var behind = Assert.IsType<StatsResult>(await RunAsync("stats"));
        var other = await _fx.Get<CommandRouter>().RunAsync(EngineFixture.Actor("u-ben", "Ben", kind: PlaceKind.Personal), CommandParser.ParseText("stats").Invocation!, None);

        var said = EngineFixture.Say(own.Stats.Review!);
        Assert.StartsWith("Review: 0 due of 1 cards. Exam AIF-C01 on Friday 15 January, in 53 days: ", said, StringComparison.Ordinal);
        Assert.Matches(@"(on pace|behind), about \d+ % of its cards recalled on the day\.$", said);
        var late = EngineFixture.Say(behind.Stats.Review!);
        Assert.StartsWith("Review: 1 due (1 overdue) of 1 cards · review. Exam AIF-C01 on Friday 15 January, in 50 days: behind", late, StringComparison.Ordinal);
        Assert.Null(Assert.IsType<StatsResult>(other).Stats.Review);
    }

    [Theory]
    [InlineData("review settings retention:0.85", NoticeKind.Done, 0.85)]
    [InlineData("review settings 0.99", NoticeKind.Invalid, 0.90)]
    [InlineData("review settings retention:0.5", NoticeKind.Invalid, 0.90)]
    public async Task ReviewSettings_RetentionWithinRange_IsSaved_OtherwiseRefused(string text, NoticeKind kind, double stored)
    {
        var result = await RunAsync(text);

        Assert.Equal(kind, Assert.IsType<NoticeResult>(result).Notice.Kind);
        var member = await _fx.Stores.Members.EnsureMemberAsync(Platform.Discord, "u-ana", "Ana", None);
        Assert.Equal(stored, (await _fx.Stores.Reviews.GetSettingsAsync(member.Id, None)).Retention);
    }

    [Theory]
    [InlineData("review exam-date date:2027-13-01", "is not a date")]
    [InlineData("review settings retention:lots", "must be a number")]
    public void Parse_BadValues_NameTheProblem(string text, string expected)
    {
        var parsed = CommandParser.ParseText(text);

        Assert.Null(parsed.Invocation);
        Assert.Contains(expected, EngineFixture.Say(parsed.Error!.Text), StringComparison.Ordinal);
    }
}
