namespace StudyBot.Engine.Tests.Mock;

public sealed class MockServiceTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly QuestionBank Bank = MockBank.Load();

    private readonly EngineFixture _fixture = new(Bank);

    private MockService Sut => _fixture.Get<MockService>();

    private async Task<ActorContext> ContextAsync(EngineFixture? fixture = null, string id = "ana") =>
        await (fixture ?? _fixture).Get<ActorResolver>().ResolveAsync(EngineFixture.Actor(id, "Ana"), None);

    private async Task<MockQuestionView> StartAsync(string exam = "AIF-C01")
    {
        var result = await Sut.StartAsync(await ContextAsync(), exam, None);
        return Assert.IsType<MockQuestionResult>(result).Question;
    }

    private Task<CommandResult> StepAsync(MockQuestionView view, MockAction action, IReadOnlyList<string>? labels = null, int? target = null, int? position = null) =>
        Sut.StepAsync(EngineFixture.Actor("ana", "Ana"), new MockStep(view.AttemptId, position ?? view.Position, action, labels, target), None);

    private async Task<IReadOnlyList<string>> CorrectLabelsAsync(long attemptId, int position)
    {
        var item = (await _fixture.Stores.Mocks.ListItemsAsync(attemptId, None))[position - 1];
        return Grader.CorrectLabels(Bank.Get(item.QuestionId), item.ChoiceOrder);
    }

    private async Task<IReadOnlyList<string>> WrongLabelsAsync(long attemptId, int position)
    {
        var item = (await _fixture.Stores.Mocks.ListItemsAsync(attemptId, None))[position - 1];
        var question = Bank.Get(item.QuestionId);
        var correct = Grader.CorrectLabels(question, item.ChoiceOrder);
        return question.Type switch
        {
            QuestionType.Multiple => new[] { "A", "B", "C", "D" }.Except(correct).Take(question.PickCount).ToList(),
            QuestionType.Ordering => correct.Reverse().ToList(),
            _ => [correct[0] == "A" ? "B" : "A"],
        };
    }

    [Fact]
    public void Quotas_AifC01FullLength_AddUpToTheCountAndFollowTheWeights()
    {
        var exam = Bank.Exams.Find("AIF-C01")!;
        var count = exam.ScoredQuestions + exam.UnscoredQuestions;

        var quotas = MockDraw.Quotas(exam, count);

        Assert.Equal(65, count);
        Assert.Equal(count, quotas.Values.Sum());
        Assert.All(exam.Domains, d => Assert.InRange(quotas[d.Number], Math.Floor(count * d.WeightPercent / 100.0), Math.Ceiling(count * d.WeightPercent / 100.0)));
    }

    [Fact]
    public void Draw_ManyDraws_EachDomainsShareWithinThreePointsOfItsWeight()
    {
        var exam = Bank.Exams.Find("MLA-C01") is { } mla && Bank.Filter("MLA-C01", null).Count > 60 ? mla : Bank.Exams.Find("AIF-C01")!;
        var candidates = Bank.Filter(exam.Code, null).Where(q => MockService.AskedTypes.Contains(q.Type)).ToList();
        var draw = new MockDraw(new EngineFixture.SeededRandom(3));
        var perDomain = exam.Domains.ToDictionary(d => d.Number, _ => 0);
        var total = 0;

        for (var i = 0; i < 200; i++)
        {
            foreach (var (_, domain) in draw.Draw(exam, candidates, 65, new Dictionary<string, int>(), new HashSet<string>()))
            {
                perDomain[domain]++;
                total++;
            }
        }

        Assert.Equal(200 * 65, total);
        Assert.All(exam.Domains, d => Assert.InRange(100.0 * perDomain[d.Number] / total, d.WeightPercent - 3, d.WeightPercent + 3));
    }

    [Fact]
    public void Draw_RecentlySeenQuestions_ComeLast()
    {
        var exam = Bank.Exams.Find("AIF-C01")!;
        var candidates = Bank.Filter(exam.Code, null).Where(q => MockService.AskedTypes.Contains(q.Type)).ToList();
        var recent = candidates.Where(q => q.Id.EndsWith("-0", StringComparison.Ordinal) || q.Id.EndsWith("-1", StringComparison.Ordinal)).Select(q => q.Id).ToHashSet();

        var drawn = new MockDraw(new EngineFixture.SeededRandom(5)).Draw(exam, candidates, 65, new Dictionary<string, int>(), recent);

        Assert.Equal(65, drawn.Count);
        Assert.DoesNotContain(drawn, d => recent.Contains(d.Question.Id));
        Assert.Equal(65, drawn.Select(d => d.Question.Id).Distinct().Count());
    }

    [Fact]
    public async Task Start_AifC01_TheCatalogsCountAndTimeLimitWithoutMatching()
    {
        var view = await StartAsync();

        var attempt = Assert.Single(_fixture.Stores.Mocks.Attempts);
        var items = await _fixture.Stores.Mocks.ListItemsAsync(attempt.Id, None);
        Assert.Equal(65, view.Count);
        Assert.Equal(1, view.Position);
        Assert.Equal(_fixture.Time.GetUtcNow().AddMinutes(90), view.DeadlineAt);
        Assert.Equal(65, items.Count);
        Assert.DoesNotContain(items, i => Bank.Get(i.QuestionId).Type == QuestionType.Matching);
        Assert.Contains(items, i => Bank.Get(i.QuestionId).Type == QuestionType.Multiple);
        Assert.Contains(items, i => Bank.Get(i.QuestionId).Type == QuestionType.Ordering);
        Assert.Equal(MockDraw.Quotas(Bank.Exams.Find("AIF-C01")!, 65), items.GroupBy(i => i.Domain).ToDictionary(g => g.Key, g => g.Count()));
        Assert.Empty(view.Chosen);
        Assert.Contains("No feedback until you submit", EngineFixture.Say(view.Lead!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnknownOrMissingExam_RefusesAndStoresNothing()
    {
        var unknown = await Sut.StartAsync(await ContextAsync(), "XYZ-C01", None);
        var missing = await Sut.StartAsync(await ContextAsync(), null, None);

        Assert.Equal(NoticeKind.Invalid, Assert.IsType<NoticeResult>(unknown).Notice.Kind);
        Assert.Contains("mock start AIF-C01", EngineFixture.Say(Assert.IsType<NoticeResult>(missing).Notice.Text), StringComparison.Ordinal);
        Assert.Empty(_fixture.Stores.Mocks.Attempts);
    }

    [Fact]
    public async Task Start_WhileOneIsInProgress_ResumesItWhateverTheExam()
    {
        var first = await StartAsync();
        await StepAsync(first, MockAction.GoTo, target: 7);

        var again = Assert.IsType<MockQuestionResult>(await Sut.StartAsync(await ContextAsync(), "MLA-C01", None)).Question;

        Assert.Single(_fixture.Stores.Mocks.Attempts);
        Assert.Equal(first.AttemptId, again.AttemptId);
        Assert.Equal("AIF-C01", again.Exam);
        Assert.Equal(7, again.Position);
        Assert.StartsWith("Resuming your AIF-C01 mock", EngineFixture.Say(again.Lead!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resume_AfterARestart_ContinuesWithTheAnswersAndTheClock()
    {
        var view = await StartAsync();
        var labels = await CorrectLabelsAsync(view.AttemptId, 1);
        await StepAsync(view, MockAction.Answer, labels);
        await StepAsync(view, MockAction.Flag, position: 2);
        _fixture.Time.Advance(TimeSpan.FromMinutes(20));

        var restarted = _fixture.Restart();
        var context = await restarted.Get<ActorResolver>().ResolveAsync(EngineFixture.Actor("ana", "Ana"), None);
        var resumed = Assert.IsType<MockQuestionResult>(await restarted.Get<MockService>().StartAsync(context, null, None)).Question;
        var back = Assert.IsType<MockQuestionResult>(await restarted.Get<MockService>().StepAsync(EngineFixture.Actor("ana"), new MockStep(resumed.AttemptId, resumed.Position, MockAction.Previous), None)).Question;

        Assert.Equal(view.AttemptId, resumed.AttemptId);
        Assert.Equal(2, resumed.Position);
        Assert.True(resumed.Flagged);
        Assert.Equal(view.DeadlineAt, resumed.DeadlineAt);
        Assert.Equal(1, resumed.AnsweredCount);
        Assert.Equal(labels, back.Chosen);
    }

    [Fact]
    public async Task Answer_DoubleClick_RecordsOnceAndShowsTheSameNextQuestion()
    {
        var view = await StartAsync();
        var labels = await CorrectLabelsAsync(view.AttemptId, 1);

        var first = Assert.IsType<MockQuestionResult>(await StepAsync(view, MockAction.Answer, labels)).Question;
        var answeredAt = (await _fixture.Stores.Mocks.ListItemsAsync(view.AttemptId, None))[0].AnsweredAt;
        _fixture.Time.Advance(TimeSpan.FromSeconds(2));
        var second = Assert.IsType<MockQuestionResult>(await StepAsync(view, MockAction.Answer, labels)).Question;

        Assert.Equal(2, first.Position);
        Assert.Equivalent(first, second, strict: true);
        Assert.Equal(1, second.AnsweredCount);
        Assert.Equal(answeredAt, (await _fixture.Stores.Mocks.ListItemsAsync(view.AttemptId, None))[0].AnsweredAt);
        Assert.Empty(_fixture.Stores.Answers.Answers);
    }

    [Fact]
    public async Task Answer_ThatDoesNotFit_RecordsNothingAndStays()
    {
        var view = await StartAsync();

        var result = Assert.IsType<MockQuestionResult>(await StepAsync(view, MockAction.Answer, ["F"])).Question;

        Assert.Equal(1, result.Position);
        Assert.Contains("Nothing was recorded", EngineFixture.Say(result.Lead!), StringComparison.Ordinal);
        Assert.All(await _fixture.Stores.Mocks.ListItemsAsync(view.AttemptId, None), i => Assert.False(i.Answered));
    }

    [Fact]
    public async Task Navigation_FlagSkipBackAndGoTo_LikeTheRealExam()
    {
        var view = await StartAsync();

        var flagged = Assert.IsType<MockQuestionResult>(await StepAsync(view, MockAction.Flag)).Question;
        var skipped = Assert.IsType<MockQuestionResult>(await StepAsync(flagged, MockAction.Next)).Question;
        var back = Assert.IsType<MockQuestionResult>(await StepAsync(skipped, MockAction.Previous)).Question;
        var jumped = Assert.IsType<MockQuestionResult>(await StepAsync(back, MockAction.GoTo, target: 65)).Question;
        var pastEnd = Assert.IsType<MockQuestionResult>(await StepAsync(jumped, MockAction.Next)).Question;
        var badTarget = Assert.IsType<MockQuestionResult>(await StepAsync(jumped, MockAction.GoTo, target: 66)).Question;

        Assert.True(flagged.Flagged);
        Assert.Equal([1], flagged.FlaggedPositions);
        Assert.Equal(2, skipped.Position);
        Assert.Equal(1, back.Position);
        Assert.True(back.Flagged);
        Assert.Equal(65, jumped.Position);
        Assert.True(jumped.IsLast);
        Assert.Equal(65, pastEnd.Position);
        Assert.Equal(65, badTarget.Position);
        Assert.NotNull(badTarget.Lead);
        Assert.Equal(65, jumped.UnansweredPositions.Count);
        Assert.Equal(65, _fixture.Stores.Mocks.Attempts[0].Position);
    }

    [Fact]
    public async Task Step_OnSomeoneElsesAttempt_IsRefusedAndChangesNothing()
    {
        var view = await StartAsync();
        await ContextAsync(id: "ben");

        var result = await Sut.StepAsync(EngineFixture.Actor("ben"), new MockStep(view.AttemptId, 1, MockAction.Submit), None);

        Assert.Equal(NoticeKind.NotFound, Assert.IsType<NoticeResult>(result).Notice.Kind);
        Assert.True(_fixture.Stores.Mocks.Attempts[0].IsOpen);
    }

    [Fact]
    public async Task TimeLimit_NextStepAfterIt_SubmitsAtTheLimitAndRefusesTheAnswer()
    {
        var view = await StartAsync();
        await StepAsync(view, MockAction.Answer, await CorrectLabelsAsync(view.AttemptId, 1));
        _fixture.Time.Advance(TimeSpan.FromMinutes(90));

        var late = await StepAsync(view, MockAction.Answer, await CorrectLabelsAsync(view.AttemptId, 2), position: 2);

        var report = Assert.IsType<MockReportResult>(late).Report;
        Assert.True(report.TimedOut);
        Assert.Equal(1, report.Correct);
        Assert.Equal(TimeSpan.FromMinutes(90), report.TimeUsed);
        Assert.StartsWith("Time is up", EngineFixture.Say(report.Lead!), StringComparison.Ordinal);
        var attempt = Assert.Single(_fixture.Stores.Mocks.Attempts);
        Assert.Equal(view.DeadlineAt, attempt.FinishedAt);
        Assert.Equal(MockFinish.TimedOut, attempt.Finish);
        Assert.False((await _fixture.Stores.Mocks.ListItemsAsync(view.AttemptId, None))[1].Answered);
    }

    [Fact]
    public async Task Sweep_AbandonedAttempt_SubmittedAtItsDeadlineIntoTheReviewDeck()
    {
        var view = await StartAsync();
        _fixture.Time.Advance(TimeSpan.FromMinutes(89));
        Assert.Equal(0, await Sut.SweepAsync(None));
        _fixture.Time.Advance(TimeSpan.FromMinutes(60));

        var ended = await Sut.SweepAsync(None);
        var again = await Sut.SweepAsync(None);

        Assert.Equal(1, ended);
        Assert.Equal(0, again);
        var attempt = Assert.Single(_fixture.Stores.Mocks.Attempts);
        Assert.Equal(view.DeadlineAt, attempt.FinishedAt);
        Assert.NotNull(attempt.ReviewedAt);
        Assert.Equal((0, 100, false), (attempt.Correct, attempt.ScaledScore, attempt.Passed));
        var card = await _fixture.Stores.Reviews.FindCardAsync(attempt.MemberId, view.QuestionId, None);
        Assert.Equal(view.DeadlineAt, card!.Memory.LastReview);
        var fresh = Assert.IsType<MockQuestionResult>(await Sut.StartAsync(await ContextAsync(), "AIF-C01", None)).Question;
        Assert.NotEqual(view.AttemptId, fresh.AttemptId);
    }

    [Fact]
    public async Task Submit_Report_ScoreDomainsMissesAndReviewDeck()
    {
        var view = await StartAsync();
        for (var position = 1; position <= 65; position++)
        {
            var labels = position <= 50 ? await CorrectLabelsAsync(view.AttemptId, position) : await WrongLabelsAsync(view.AttemptId, position);
            await Sut.StepAsync(EngineFixture.Actor("ana"), new MockStep(view.AttemptId, position, MockAction.Answer, labels), None);
        }

        _fixture.Time.Advance(TimeSpan.FromMinutes(40));
        var report = Assert.IsType<MockReportResult>(await StepAsync(view, MockAction.Submit, position: 65)).Report;
        var twice = Assert.IsType<MockReportResult>(await StepAsync(view, MockAction.Submit, position: 65)).Report;

        Assert.Equal(50, report.Correct);
        Assert.Equal(65, report.Total);
        Assert.Equal(MockScore.Estimate(50, 65, 700).ScaledScore, report.ScaledScore);
        Assert.Equal(792, report.ScaledScore);
        Assert.Equal(700, report.PassMark);
        Assert.True(report.Passed);
        Assert.False(report.TimedOut);
        Assert.Equal(TimeSpan.FromMinutes(40), report.TimeUsed);
        Assert.Equal(15, report.Missed.Count);
        Assert.All(report.Missed, m => Assert.StartsWith("Explanation of question", m.Explanation, StringComparison.Ordinal));
        Assert.Equal(65, report.Domains.Sum(d => d.Answered));
        Assert.Equal(50, report.Domains.Sum(d => d.Correct));
        Assert.Equal([20, 24, 28, 14, 14], report.Domains.Select(d => d.WeightPercent));
        Assert.Contains("not publish", EngineFixture.Say(report.HowEstimated), StringComparison.Ordinal);
        Assert.Equal((report.Correct, report.ScaledScore, report.TimeUsed, report.Missed.Count), (twice.Correct, twice.ScaledScore, twice.TimeUsed, twice.Missed.Count));
        Assert.Contains("nothing was changed", EngineFixture.Say(twice.Lead!), StringComparison.Ordinal);
        var memberId = _fixture.Stores.Mocks.Attempts[0].MemberId;
        foreach (var missed in report.Missed)
        {
            var card = await _fixture.Stores.Reviews.FindCardAsync(memberId, missed.QuestionId, None);
            Assert.Equal(1, card!.Memory.Reps);
        }

        var due = await _fixture.Stores.Reviews.ListDueCardsAsync(memberId, _fixture.Time.GetUtcNow().AddDays(1), 100, None);
        Assert.True(report.Missed.All(m => due.Any(c => c.QuestionId == m.QuestionId)), "every miss is due in the review deck within a day");
    }

    [Theory]
    [InlineData(0, 65, 700, 100, false)]
    [InlineData(65, 65, 700, 1000, true)]
    [InlineData(44, 65, 700, 709, true)]
    [InlineData(43, 65, 700, 695, false)]
    [InlineData(46, 65, 750, 737, false)]
    [InlineData(47, 65, 720, 751, true)]
    public void Estimate_StraightLineOnTheScale_PassesFromThePassMark(int correct, int total, int passMark, int scaled, bool passed)
    {
        var score = MockScore.Estimate(correct, total, passMark);

        Assert.Equal((scaled, passed), (score.ScaledScore, score.Passed));
    }

    [Fact]
    public async Task History_TwoAttempts_NewestFirstWithTheTrend()
    {
        var first = await StartAsync();
        await StepAsync(first, MockAction.Submit);
        var second = await StartAsync();
        for (var position = 1; position <= 30; position++)
        {
            await Sut.StepAsync(EngineFixture.Actor("ana"), new MockStep(second.AttemptId, position, MockAction.Answer, await CorrectLabelsAsync(second.AttemptId, position)), None);
        }

        await StepAsync(second, MockAction.Submit, position: 30);

        var history = Assert.IsType<MockHistoryResult>(await Sut.HistoryAsync(await ContextAsync(), None)).History;
        var readiness = await Sut.ReadinessAsync(_fixture.Stores.Mocks.Attempts[0].MemberId, None);

        Assert.Equal([second.AttemptId, first.AttemptId], history.Attempts.Select(a => a.AttemptId));
        Assert.Equal([515, 100], history.Attempts.Select(a => a.ScaledScore));
        Assert.Equal("Trend: AIF-C01: 100 → 515 (up 415 over 2 attempts).", EngineFixture.Say(history.Trend));
        Assert.Contains("AIF-C01 515/1000 in the latest of 2 mocks (pass mark 700", EngineFixture.Say(readiness!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamSummary_HiddenMember_CountedButNotNamed()
    {
        var anaView = await StartAsync();
        await StepAsync(anaView, MockAction.Submit);
        var ben = await ContextAsync(id: "ben");
        await _fixture.Stores.Members.SetHiddenFromBoardsAsync(ben.Member.Id, true, None);
        var benView = Assert.IsType<MockQuestionResult>(await Sut.StartAsync(ben, "AIF-C01", None)).Question;
        await Sut.StepAsync(EngineFixture.Actor("ben"), new MockStep(benView.AttemptId, 1, MockAction.Submit), None);
        var ana = await ContextAsync();

        var summary = await Sut.TeamSummaryAsync([ana.Member.Id, ben.Member.Id], _fixture.Time.GetUtcNow().AddDays(-7), None);

        var said = EngineFixture.Say(summary!);
        Assert.Contains("AIF-C01: 2 attempts, average estimate 100/1000 (pass mark 700)", said, StringComparison.Ordinal);
        Assert.Contains("Taken by Ana and others.", said, StringComparison.Ordinal);
        Assert.DoesNotContain("ben", said, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Router_MockStartAndHistory_RunThroughTheTextGrammar()
    {
        var router = _fixture.Get<CommandRouter>();
        var actor = EngineFixture.Actor("ana", "Ana");

        var started = await router.RunAsync(actor, CommandParser.ParseText("mock start AIF-C01").Invocation!, None);
        var history = await router.RunAsync(actor, CommandParser.ParseText("mock history").Invocation!, None);
        var resumed = await router.RunAsync(actor, CommandParser.ParseText("mock").Invocation!, None);

        Assert.Equal(Audience.Private, started.Audience);
        Assert.Equal(65, Assert.IsType<MockQuestionResult>(started).Question.Count);
        Assert.IsType<NoticeResult>(history);
        Assert.Equal(Assert.IsType<MockQuestionResult>(started).Question.AttemptId, Assert.IsType<MockQuestionResult>(resumed).Question.AttemptId);
    }

    [Fact]
    public async Task Stats_OwnAfterAMock_ShowTheMockEstimateToThemselvesOnly()
    {
        var view = await StartAsync();
        await StepAsync(view, MockAction.Submit);
        await ContextAsync(id: "ben");
        var router = _fixture.Get<CommandRouter>();

        var own = await router.RunAsync(EngineFixture.Actor("ana", "Ana"), CommandParser.ParseText("stats").Invocation!, None);
        var others = await _fixture.Get<StatsService>().GetForAsync(await ContextAsync(id: "ben"), new MemberMention("ana", "Ana"), None);

        Assert.Contains("Mock exams, estimated: AIF-C01 100/1000 in the latest of 1 mock (pass mark 700)", EngineFixture.Say(Assert.IsType<StatsResult>(own).Stats.Mock!), StringComparison.Ordinal);
        Assert.Null(others.Stats!.Mock);
    }

    [Fact]
    public async Task Digest_ChannelWeek_CountsAttemptsAndTheAverageEstimate()
    {
        var fixture = new EngineFixture();
        var round = await fixture.OpenDailyAsync();
        await fixture.Get<AnswerService>().SubmitAsync(round.Id, EngineFixture.Actor("ana", "Ana"), ["A"], None);
        var context = await fixture.Get<ActorResolver>().ResolveAsync(EngineFixture.Actor("ana", "Ana"), None);
        var mocks = fixture.Get<MockService>();
        var view = Assert.IsType<MockQuestionResult>(await mocks.StartAsync(context, "AIF-C01", None)).Question;
        await mocks.StepAsync(EngineFixture.Actor("ana"), new MockStep(view.AttemptId, 1, MockAction.Submit), None);
        var channel = (await fixture.Stores.Channels.FindChannelAsync(round.ChannelId!.Value, None))!;

        var digest = await fixture.Get<DigestService>().BuildAsync(channel, None);

        Assert.Equal("Mock exams this week: AIF-C01: 1 attempt, average estimate 100/1000 (pass mark 700). Taken by Ana.", EngineFixture.Say(digest.Mock!));
    }
}
