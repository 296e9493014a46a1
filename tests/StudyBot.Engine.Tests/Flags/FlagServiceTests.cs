using StudyBot.Tests.Shared;
using static StudyBot.Engine.Tests.Flags.FlagTestKit;

namespace StudyBot.Engine.Tests.Flags;

public sealed class FlagServiceTests
{
    [Fact]
    public async Task Report_SecondOfTheSameVersion_ThanksAgainAndStoresOne()
    {
        var kit = await new FlagTestKit().AnsweredAsync();

        var first = await kit.Flags.ReportAsync(Ana, kit.Round.Id, "wrong-answer", "  B is wrong, A is right  ", None);
        var second = await kit.Flags.ReportAsync(Ana, kit.Round.Id, "typo", "again", None);

        Assert.Equal(NoticeKind.Done, first.Kind);
        Assert.Equal(NoticeKind.Info, second.Kind);
        Assert.Contains("Thanks again", EngineFixture.Say(second.Text), StringComparison.Ordinal);
        var stored = Assert.Single(kit.Fixture.Stores.Flags.Flags);
        Assert.Equal((FlagReason.WrongAnswer, "B is wrong, A is right", QuestionVersions.Of(kit.Question), kit.Round.CommunityId), (stored.Reason, stored.Text, stored.QuestionVersion, stored.CommunityId));
    }

    [Theory]
    [InlineData("broken", NoticeKind.Invalid)]
    [InlineData("", NoticeKind.Invalid)]
    public async Task Report_UnknownReason_IsRefusedAndWritesNothing(string reason, NoticeKind kind)
    {
        var kit = await new FlagTestKit().AnsweredAsync();

        var notice = await kit.Flags.ReportAsync(Ana, kit.Round.Id, reason, null, None);

        Assert.Equal(kind, notice.Kind);
        Assert.Empty(kit.Fixture.Stores.Flags.Flags);
    }

    [Fact]
    public async Task Report_TextOverTheLimitOrUnknownRound_IsRefusedAndWritesNothing()
    {
        var kit = await new FlagTestKit().AnsweredAsync();

        var tooLong = await kit.Flags.ReportAsync(Ana, kit.Round.Id, "other", new string('x', QuestionFlag.MaxTextLength + 1), None);
        var gone = await kit.Flags.ReportAsync(Ana, 999_999, "other", null, None);

        Assert.Equal((NoticeKind.Invalid, NoticeKind.NotFound), (tooLong.Kind, gone.Kind));
        Assert.Empty(kit.Fixture.Stores.Flags.Flags);
    }

    [Fact]
    public async Task List_ForAMember_IsRefused_ForAnAdmin_CountsPerQuestionWithoutHiddenNames()
    {
        var kit = await new FlagTestKit().AnsweredAsync();
        await kit.Flags.ReportAsync(Ana, kit.Round.Id, "wrong-answer", "A", None);
        await kit.Flags.ReportAsync(Cy, kit.Round.Id, "wrong-answer", "hidden words", None);
        await kit.Flags.ReportAsync(Dee, kit.Round.Id, "unclear", null, None);

        var refused = Assert.IsType<NoticeResult>(await kit.Flags.ListAsync(await kit.ContextAsync(Ben), None));
        var list = Assert.IsType<FlagsResult>(await kit.Flags.ListAsync(await kit.ContextAsync(kit.Admin), None));

        Assert.Equal(NoticeKind.AdminsOnly, refused.Notice.Kind);
        var question = Assert.Single(list.Questions);
        Assert.Equal(("t-single", 3, "B"), (question.QuestionId, question.Reports, question.Key));
        Assert.Equal([("wrong-answer", 2), ("unclear", 1)], question.Reasons.Select(r => (r.Word, r.Count)));
        Assert.Equal(["Ana", "Dee"], question.Reporters);
        Assert.Equal(1, question.PrivateReporters);
        Assert.Empty(question.Texts);

        var detail = Assert.IsType<FlagDetailResult>(await kit.Flags.ShowAsync(await kit.ContextAsync(kit.Admin), "t-single", None));
        Assert.Equal(3, detail.Open!.Texts.Count);
        Assert.Contains(detail.Open.Texts, t => t.Text == "hidden words" && t.Reporter is null);
    }

    [Fact]
    public async Task Resolve_ByAMember_IsRefusedAndChangesNothing()
    {
        var kit = await new FlagTestKit().AnsweredAsync();

        var notice = await kit.Flags.ResolveAsync(await kit.ContextAsync(Ben), "t-single", "fix-key", "A", null, None);

        Assert.Equal(NoticeKind.AdminsOnly, notice.Kind);
        Assert.Equal(2, (await kit.AnswerOfAsync(Dee)).Points);
        Assert.Empty(kit.Fixture.Stores.Flags.Resolutions);
    }

    [Theory]
    [InlineData("fix-key", null, "needs the right answer")]
    [InlineData("fix-key", "Z", "Z is not a choice")]
    [InlineData("fix-key", "A,C", "one key")]
    [InlineData("void", "A", "fix-key only")]
    [InlineData("delete", null, "keep, fix-key or void")]
    public async Task Resolve_BadValues_AreRefusedAndChangeNothing(string action, string? answer, string expected)
    {
        var kit = await new FlagTestKit().AnsweredAsync();

        var notice = await kit.Flags.ResolveAsync(await kit.ContextAsync(kit.Admin), "t-single", action, answer, null, None);

        Assert.Equal(NoticeKind.Invalid, notice.Kind);
        Assert.Contains(expected, EngineFixture.Say(notice.Text), StringComparison.Ordinal);
        Assert.Empty(kit.Fixture.Stores.Flags.Resolutions);
    }

    [Fact]
    public async Task FixKey_RescoresAnswersBoardsStatsAndCards_NoticesOnceWithoutHiddenNames_AndIsIdempotent()
    {
        var kit = await new FlagTestKit().AnsweredAsync();
        await kit.Flags.ReportAsync(Ana, kit.Round.Id, "wrong-answer", "It is A", None);
        var cardBefore = await kit.Fixture.Stores.Reviews.FindCardAsync(await kit.MemberIdAsync(Ana), "t-single", None);
        Assert.Equal(ReviewRating.Again, kit.Fixture.Stores.Reviews.Reviews.Single(r => r.MemberId == cardBefore!.MemberId).Rating);
        Assert.Equal((0, 2), (await kit.BoardPointsAsync(Ana), await kit.BoardPointsAsync(Dee)));

        var notice = await kit.Flags.ResolveAsync(await kit.ContextAsync(kit.Admin), "t-single", "fix-key", "a", "Checked against the docs", None);

        Assert.Equal(NoticeKind.Done, notice.Kind);
        Assert.Contains("3 members gained points, 1 lost points", EngineFixture.Say(notice.Text), StringComparison.Ordinal);
        Assert.Equal((2, 2, 0), (await kit.BoardPointsAsync(Ana), await kit.BoardPointsAsync(Ben), await kit.BoardPointsAsync(Dee)));
        Assert.True((await kit.AnswerOfAsync(Cy)).Correct);
        Assert.False((await kit.AnswerOfAsync(Dee)).Correct);
        var stats = await kit.Fixture.Get<StatsService>().GetAsync((await kit.Fixture.Stores.Members.FindMemberAsync(await kit.MemberIdAsync(Ana), None))!, "UTC", None);
        Assert.Equal((1, 2, 1), (stats.Correct, stats.Points, stats.CurrentStreak));

        var anaCard = await kit.Fixture.Stores.Reviews.FindCardAsync(await kit.MemberIdAsync(Ana), "t-single", None);
        var dee = await kit.MemberIdAsync(Dee);
        Assert.NotEqual(cardBefore!.Memory.Stability, anaCard!.Memory.Stability);
        Assert.Equal(0, anaCard.Memory.Lapses);
        Assert.All(kit.Fixture.Stores.Reviews.Reviews.Where(r => r.MemberId == anaCard.MemberId), r => Assert.Equal(ReviewRating.Good, r.Rating));
        Assert.Equal(ReviewRating.Again, kit.Fixture.Stores.Reviews.Reviews.Single(r => r.MemberId == dee).Rating);

        var posted = Assert.Single(kit.Fixture.Publisher.Notices);
        var said = EngineFixture.Say(posted.Text);
        Assert.Contains("3 members gained points (Ana, Ben and 1 more)", said, StringComparison.Ordinal);
        Assert.Contains("1 member lost points (Dee)", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Cy", said, StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(kit.Fixture.Stores.Flags.Flags).ResolvedAt);
        Assert.Contains("t-single", await kit.Flags.ExcludedAsync(kit.Round.CommunityId, None));

        var again = await kit.Flags.ResolveAsync(await kit.ContextAsync(kit.Admin), "t-single", "fix-key", "A", null, None);

        Assert.Contains("0 members gained points, 0 lost points", EngineFixture.Say(again.Text), StringComparison.Ordinal);
        Assert.Single(kit.Fixture.Publisher.Notices);
        Assert.Equal(2, await kit.BoardPointsAsync(Ana));
    }

    [Fact]
    public async Task Void_RemovesPointsAndReviews_AndTakesTheQuestionOutOfSelectionThere()
    {
        var kit = await new FlagTestKit().AnsweredAsync();
        var dee = await kit.MemberIdAsync(Dee);
        Assert.NotNull(await kit.Fixture.Stores.Reviews.FindCardAsync(dee, "t-single", None));

        var notice = await kit.Flags.ResolveAsync(await kit.ContextAsync(kit.Admin), "t-single", "void", null, "Ambiguous", None);

        Assert.Equal(NoticeKind.Done, notice.Kind);
        Assert.Equal(0, await kit.BoardPointsAsync(Dee));
        Assert.True((await kit.AnswerOfAsync(Dee)).Correct);
        Assert.Null(await kit.Fixture.Stores.Reviews.FindCardAsync(dee, "t-single", None));
        Assert.DoesNotContain(kit.Fixture.Stores.Reviews.Reviews, r => r.QuestionId == "t-single");
        Assert.Contains("1 member lost points (Dee)", EngineFixture.Say(Assert.Single(kit.Fixture.Publisher.Notices).Text), StringComparison.Ordinal);

        var selector = kit.Fixture.Get<QuestionSelector>();
        var excluded = await kit.Flags.ExcludedAsync(kit.Round.CommunityId, None);
        var drawn = Enumerable.Range(0, 30).Select(_ => selector.PickOne("MLA-C01", 3, new Dictionary<string, int>(), excluded)?.Id).ToList();
        Assert.DoesNotContain("t-single", drawn);
        Assert.Empty(await kit.Flags.ExcludedAsync(kit.Round.CommunityId + 1000, None));
    }

    [Fact]
    public async Task Keep_ClosesTheReports_AndChangesNoScore()
    {
        var kit = await new FlagTestKit().AnsweredAsync();
        await kit.Flags.ReportAsync(Ana, kit.Round.Id, "wrong-answer", null, None);

        var notice = await kit.Flags.ResolveAsync(await kit.ContextAsync(kit.Admin), "t-single", "keep", null, "The key is right", None);

        Assert.Contains("1 report closed", EngineFixture.Say(notice.Text), StringComparison.Ordinal);
        Assert.Equal((0, 2), (await kit.BoardPointsAsync(Ana), await kit.BoardPointsAsync(Dee)));
        Assert.Empty(kit.Fixture.Publisher.Notices);
        Assert.Empty(Assert.IsType<FlagsResult>(await kit.Flags.ListAsync(await kit.ContextAsync(kit.Admin), None)).Questions);
        Assert.Empty(await kit.Flags.ExcludedAsync(kit.Round.CommunityId, None));
    }

    [Fact]
    public async Task StartupSweep_BankWithACorrectedKey_RegradesTheOldVersionOnce()
    {
        var kit = await new FlagTestKit().AnsweredAsync();
        var first = await kit.SweepWith(kit.Fixture.Bank).SweepAsync(None);
        Assert.Equal(0, first.Regrades);
        var corrected = TestBank.Load(TestBank.Yaml.Replace(
            "answer: B\n    explanation: Batch Transform runs offline", "answer: A\n    explanation: Batch Transform runs offline", StringComparison.Ordinal));
        Assert.Equal(["A"], corrected.Get("t-single").Answer);

        var second = await kit.SweepWith(corrected).SweepAsync(None);
        var third = await kit.SweepWith(corrected).SweepAsync(None);

        Assert.Equal((1, 0), (second.Regrades, third.Regrades));
        Assert.Equal((2, 0), (await kit.BoardPointsAsync(Ana), await kit.BoardPointsAsync(Dee)));
        var resolution = Assert.Single(kit.Fixture.Stores.Flags.Resolutions);
        Assert.Equal((FlagAction.BankKey, 3, 1), (resolution.Action, resolution.Gained, resolution.Lost));
        Assert.Single(kit.Fixture.Publisher.Notices);
    }

    [Fact]
    public async Task StartupSweep_RoundsWithoutAVersion_GetTheCurrentOne()
    {
        var kit = new FlagTestKit();
        var round = await kit.Fixture.OpenDailyAsync();
        Assert.Null(round.QuestionVersion);

        var sweep = await kit.SweepWith(kit.Fixture.Bank).SweepAsync(None);

        Assert.Equal(1, sweep.RoundsFilled);
        Assert.Equal(kit.Fixture.Bank.Count, sweep.NewVersions);
        Assert.Equal(QuestionVersions.Of(kit.Question), (await kit.Fixture.Stores.Rounds.FindRoundAsync(round.Id, None))!.QuestionVersion);
    }

    [Fact]
    public void Version_IsStable_AndChangesWithPromptChoicesOrAnswerOnly()
    {
        var q = TestBank.Load().Get("t-single");

        Assert.Equal(QuestionVersions.Of(q), QuestionVersions.Of(q with { Explanation = "Reworded", Difficulty = 3 }));
        Assert.NotEqual(QuestionVersions.Of(q), QuestionVersions.Of(q with { Answer = ["A"] }));
        Assert.NotEqual(QuestionVersions.Of(q), QuestionVersions.Of(q with { Prompt = q.Prompt + "?" }));
        Assert.Matches("^[0-9a-f]{16}$", QuestionVersions.Of(q));
        // Pinned: the documented hash of this text must not drift between releases.
        Assert.Equal(QuestionVersions.Of("P", new Dictionary<string, string> { ["B"] = "two", ["A"] = "one" }, new Dictionary<string, string>(), ["A"]),
            QuestionVersions.Of("P ", new Dictionary<string, string> { ["A"] = "one", ["B"] = "two" }, new Dictionary<string, string>(), ["A"]));
    }

    [Fact]
    public async Task Router_FlagsResolveText_ReachesTheService()
    {
        var kit = await new FlagTestKit().AnsweredAsync();
        var parsed = CommandParser.ParseText("flags resolve t-single fix-key answer:A note:\"docs say A\"");

        var result = await kit.Fixture.Get<CommandRouter>().RunAsync(kit.Admin, parsed.Invocation!, None);

        Assert.Equal(NoticeKind.Done, Assert.IsType<NoticeResult>(result).Notice.Kind);
        Assert.Equal("docs say A", Assert.Single(kit.Fixture.Stores.Flags.Resolutions).Note);
    }
}
