namespace StudyBot.Engine.Tests;

/// <summary>Issue 13's product rules as the engine keeps them: privacy, weakest domain, counts, headers, wording.</summary>
public sealed class WhatMembersSeeTests
{
    private readonly EngineFixture _fx = new();

    private Task<CommandResult> RunAsync(Actor actor, string text) =>
        _fx.Get<CommandRouter>().RunAsync(actor, CommandParser.ParseText(text).Invocation!, CancellationToken.None);

    private async Task HideAsync(Actor actor) =>
        await _fx.Get<StatsService>().SetPrivacyAsync(await _fx.Get<ActorResolver>().ResolveAsync(actor, CancellationToken.None), true, CancellationToken.None);

    private static DomainStatView Domain(int number, int answered, int correct, int weight = 20) =>
        new(number, $"Domain {number}", weight, answered, correct, answered == 0 ? 0 : (double)correct / answered);

    [Fact]
    public async Task HiddenMember_IsNamedNowhereOthersLook_ButSeesTheirOwnStats()
    {
        var round = await _fx.OpenDailyAsync();
        var answers = _fx.Get<AnswerService>();
        var hidden = EngineFixture.Actor("u-hidden", "Hidden Hal");
        await answers.SubmitAsync(round.Id, EngineFixture.Actor("u-ann", "Ann"), ["A"], CancellationToken.None);
        await answers.SubmitAsync(round.Id, hidden, ["A"], CancellationToken.None);
        await HideAsync(hidden);

        var board = (BoardResult)await RunAsync(hidden, "leaderboard");
        _fx.Time.Advance(TimeSpan.FromHours(9));
        var channel = (await _fx.Stores.Channels.FindChannelAsync(round.ChannelId!.Value, CancellationToken.None))!;
        var reveal = await _fx.Get<DailyRoundService>().BuildRevealAsync(round, channel, CancellationToken.None);
        var digest = await _fx.Get<DigestService>().BuildAsync(channel, CancellationToken.None);
        var own = await RunAsync(hidden, "stats");

        Assert.Equal(["Ann"], board.Board.Rows.Select(r => r.Name));
        Assert.Null(board.Board.Caller);
        Assert.Equal(1, board.Board.Participants);
        Assert.Equal(["Ann"], reveal.CorrectNames);
        Assert.Equal(2, reveal.AnswerCount);
        Assert.DoesNotContain(reveal.TopThisWeek, r => r.Name == "Hidden Hal");
        Assert.DoesNotContain(digest.Board.Rows, r => r.Name == "Hidden Hal");
        Assert.Equal(Audience.Private, own.Audience);
        Assert.Equal("Hidden Hal", ((StatsResult)own).Stats.Name);
    }

    [Fact]
    public void MemberPrivacy_OthersSeeOnlyVisibleMembers_AndEveryoneSeesThemselves()
    {
        var visible = new Member { Id = 1, ExternalId = "a" };
        var hidden = new Member { Id = 2, ExternalId = "b", HiddenFromBoards = true };

        Assert.True(MemberPrivacy.MaySeeStats(visible, visible));
        Assert.True(MemberPrivacy.MaySeeStats(hidden, hidden));
        Assert.True(MemberPrivacy.MaySeeStats(hidden, visible));
        Assert.False(MemberPrivacy.MaySeeStats(visible, hidden));
        Assert.Null(MemberPrivacy.OwnRowOnSharedBoard(hidden));
        Assert.Equal(1, MemberPrivacy.OwnRowOnSharedBoard(visible));
    }

    [Fact]
    public void Weakest_OnlyWhenThereIsARealGap()
    {
        Assert.Null(StatsService.Weakest([Domain(1, 4, 4), Domain(2, 3, 3), Domain(3, 0, 0)]));
        Assert.Null(StatsService.Weakest([Domain(1, 1, 1)]));
        Assert.Null(StatsService.Weakest([Domain(1, 20, 19), Domain(2, 20, 18)]));
        Assert.Equal(2, StatsService.Weakest([Domain(1, 4, 4), Domain(2, 2, 1)])!.Domain);
        Assert.Equal(1, StatsService.Weakest([Domain(1, 2, 1)])!.Domain);
    }

    [Fact]
    public async Task Stats_DomainsAddUpToTheExam_AndTheNotesExplainTwoExamQuestionsAndStreaks()
    {
        var ann = EngineFixture.Actor("u-ann", "Ann");
        // Both AIF-C01 domain 1 questions; t-order is also tagged MLA-C01, so it counts under two exams.
        var start = (QuizStartedResult)await RunAsync(ann, "quiz AIF-C01 1 2");
        RoundView? next = start.First;
        while (next is not null)
        {
            var round = (await _fx.Stores.Rounds.FindRoundAsync(next.RoundId, CancellationToken.None))!;
            var step = await _fx.Get<QuizService>().AnswerAsync(round.Id, ann, Grader.CorrectLabels(_fx.Bank.Get(round.QuestionId), round.ChoiceOrder), CancellationToken.None);
            next = step.Next;
        }

        var stats = ((StatsResult)await RunAsync(ann, "stats")).Stats;

        Assert.Equal(2, stats.Answered);
        Assert.Equal(3, stats.Exams.Sum(e => e.Answered));
        Assert.All(stats.Exams, e => Assert.Equal(e.Answered, e.Domains.Sum(d => d.Answered)));
        var notes = stats.NoteList.Select(EngineFixture.Say).ToList();
        Assert.Contains(notes, n => n.Contains("question of the day", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("2 answers in all: a question that belongs to two exams counts under each exam, once in the total.", StringComparison.Ordinal));
    }

    [Fact]
    public void ExamLabel_NamesEachExamOnceWithItsDomainNames()
    {
        var order = _fx.Bank.Get("t-order");

        var sut = _fx.Get<RoundPresenter>().ExamLabel(order);

        Assert.Equal("AIF-C01 · Fundamentals of AI and ML; MLA-C01 · Data preparation for ML", sut);
        Assert.DoesNotContain(" D1", sut);
    }

    [Fact]
    public async Task WrongQuizAnswer_SaysThePickAndTheKey()
    {
        var ann = EngineFixture.Actor("u-ann", "Ann");
        var start = (QuizStartedResult)await RunAsync(ann, "quiz MLA-C01 3 1");
        var round = (await _fx.Stores.Rounds.FindRoundAsync(start.First.RoundId, CancellationToken.None))!;
        var key = Grader.CorrectLabels(_fx.Bank.Get(round.QuestionId), round.ChoiceOrder);
        var wrong = start.First.Choices.Select(c => c.Label).First(l => !key.Contains(l));

        var step = await _fx.Get<QuizService>().AnswerAsync(round.Id, ann, [wrong], CancellationToken.None);

        Assert.Equal($"You chose {wrong} · the answer is {key[0]}: A Batch Transform job.", EngineFixture.Say(step.Result.Message));
        Assert.Equal("A Batch Transform job", Assert.Single(step.Summary!.Missed).CorrectText);
    }

    [Fact]
    public async Task ZoneChangedBySetup_IsSeenByTheNextClick()
    {
        var round = await _fx.OpenDailyAsync();
        var answers = _fx.Get<AnswerService>();
        var first = await answers.SubmitAsync(round.Id, EngineFixture.Actor("u-1"), ["A"], CancellationToken.None);
        await RunAsync(EngineFixture.Actor("u-admin", admin: true), "setup daily 09:00 Europe/Berlin");

        var second = await answers.SubmitAsync(round.Id, EngineFixture.Actor("u-2"), ["A"], CancellationToken.None);

        Assert.Equal("UTC", first.Message.Parts.OfType<TimePart>().Single().Zone);
        Assert.Equal("Europe/Berlin", second.Message.Parts.OfType<TimePart>().Single().Zone);
    }

    [Fact]
    public void Hello_IsAGreetingThatPointsToHelp()
    {
        var sut = CommandParser.ParseText("hello!");

        Assert.Null(sut.Invocation);
        Assert.True(sut.Error!.Ok);
        Assert.Contains(sut.Error.Text.Commands, c => c.Command == CommandNames.Help);
        Assert.DoesNotContain("I know", EngineFixture.Say(sut.Error.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "0 points")]
    [InlineData(1, "1 point")]
    [InlineData(3, "3 points")]
    public void Points_ArePluralised(int points, string expected) => Assert.Equal(expected, Wording.Points(points));

    [Fact]
    public void Percent_HasNoSpaceAndShorten_CutsAtAWordBoundary()
    {
        Assert.Equal("0%", Wording.Percent(0));
        Assert.Equal("67%", Wording.Percent(2 / 3.0));
        Assert.Equal("Which service converts…", Wording.Shorten("Which service converts text to speech?", 25));
        Assert.Equal("Short prompt", Wording.Shorten("Short prompt", 25));
        Assert.True(Wording.SaysHowManyToPick("Which two? (Choose two.)"));
    }
}
