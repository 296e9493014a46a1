namespace StudyBot.Data.Tests.Contracts;

public abstract class FlagStoreContract<TTarget> : StoreContract<TTarget>
    where TTarget : IStoreTarget, new()
{
    private const string V1 = "aaaaaaaaaaaaaaaa";
    private const string V2 = "bbbbbbbbbbbbbbbb";

    [SkippableFact]
    public async Task TryAddFlag_SameMemberAndVersion_KeepsOne_AnotherVersionIsNew()
    {
        await using var s = await StoresAsync();
        var (community, _) = await ChannelAsync(s);
        var ana = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);

        var first = await s.Flags.TryAddFlagAsync(Flag(ana, community, V1, "first"), None);
        var again = await s.Flags.TryAddFlagAsync(Flag(ana, community, V1, "second"), None);
        var next = await s.Flags.TryAddFlagAsync(Flag(ana, community, V2, "newer version"), None);

        Assert.Equal((true, false, true), (first, again, next));
        var listed = await s.Flags.ListFlagsAsync(community.Id, true, None);
        Assert.Equal(["first", "newer version"], listed.Select(f => f.Flag.Text));
        Assert.All(listed, f => Assert.Equal("Ana", f.Member.DisplayName));
        Assert.Empty(await s.Flags.ListFlagsAsync(null, true, None));
        Assert.Equal(2, (await s.Flags.ListAllFlagsAsync(false, None)).Count);
    }

    [SkippableFact]
    public async Task ListVersionAnswers_ReadsOnlyRoundsOfThatVersion()
    {
        await using var s = await StoresAsync();
        var (round, ana, _) = await AnsweredAsync(s, V1);
        var other = await VersionRoundAsync(s, new DateOnly(2026, 11, 24), V2);
        await s.Answers.TryAddAnswerAsync(NewAnswer(other, ana), None);

        var answers = await s.Flags.ListVersionAnswersAsync("q-one", V1, None);

        Assert.Equal(2, answers.Count);
        Assert.All(answers, a => Assert.Equal(round.Id, a.RoundId));
        Assert.Empty(await s.Flags.ListVersionAnswersAsync("q-two", V1, None));
    }

    [SkippableFact]
    public async Task Apply_WritesAnswersCardsFlagsAndResolutionTogether()
    {
        await using var s = await StoresAsync();
        var (round, ana, ben) = await AnsweredAsync(s, V1);
        await s.Flags.TryAddFlagAsync(Flag(ana, (await ChannelAsync(s)).Community, V1, "wrong"), None);
        var anaAnswer = (await s.Answers.FindAnswerAsync(round.Id, ana.Id, None))!;
        var at = Time.GetUtcNow();
        await s.Reviews.TrySaveReviewAsync(new DeckCard(ana.Id, "q-one", ReviewCard.New(at) with { Reps = 1 }), 0, new ReviewEvent(ana.Id, "q-one", at, ReviewRating.Again, 0, ReviewSource.Daily, anaAnswer.Id), None);
        var newCard = ReviewCard.New(at) with { Reps = 1, Stability = 3.5, LastReview = at };

        var write = await s.Flags.ApplyAsync(new Regrade(
            Resolution(round.CommunityId, V1, FlagAction.FixKey, null),
            [new AnswerRegrade(anaAnswer.Id, true, 2)],
            [new CardRewrite(ana.Id, "q-one", 1, newCard, [new ReviewEvent(ana.Id, "q-one", at, ReviewRating.Good, 0, ReviewSource.Daily, anaAnswer.Id)])]), None);

        Assert.Equal(RegradeWrite.Applied, write);
        var stored = (await s.Answers.FindAnswerAsync(round.Id, ana.Id, None))!;
        Assert.Equal((true, 2), (stored.Correct, stored.Points));
        Assert.False((await s.Answers.FindAnswerAsync(round.Id, ben.Id, None))!.Correct);
        Assert.Equal(3.5, (await s.Reviews.FindCardAsync(ana.Id, "q-one", None))!.Memory.Stability);
        var deck = await s.Reviews.ListDeckAsync(ana.Id, None);
        Assert.Equal(ReviewRating.Good, Assert.Single(Assert.Single(deck).Reviews).Rating);
        var flag = Assert.Single(await s.Flags.ListFlagsAsync(round.CommunityId, false, None)).Flag;
        var resolution = Assert.Single(await s.Flags.ListResolutionsAsync(round.CommunityId, "q-one", None));
        Assert.Equal((at, resolution.Id), (flag.ResolvedAt, flag.ResolutionId));
        Assert.Equal((FlagAction.FixKey, "A", "checked"), (resolution.Action, string.Join(",", resolution.Answer), resolution.Note));
        Assert.Empty(await s.Flags.ListFlagsAsync(round.CommunityId, true, None));
    }

    [SkippableFact]
    public async Task Apply_CardReviewedMeanwhile_WritesNothing()
    {
        await using var s = await StoresAsync();
        var (round, ana, _) = await AnsweredAsync(s, V1);
        var anaAnswer = (await s.Answers.FindAnswerAsync(round.Id, ana.Id, None))!;
        var at = Time.GetUtcNow();
        await s.Reviews.TrySaveReviewAsync(new DeckCard(ana.Id, "q-one", ReviewCard.New(at) with { Reps = 2 }), 0, new ReviewEvent(ana.Id, "q-one", at, ReviewRating.Again, 0, ReviewSource.Daily, anaAnswer.Id), None);

        var write = await s.Flags.ApplyAsync(new Regrade(
            Resolution(round.CommunityId, V1, FlagAction.FixKey, null),
            [new AnswerRegrade(anaAnswer.Id, true, 2)],
            [new CardRewrite(ana.Id, "q-one", 1, ReviewCard.New(at) with { Reps = 1 }, [])]), None);

        Assert.Equal(RegradeWrite.CardMoved, write);
        Assert.False((await s.Answers.FindAnswerAsync(round.Id, ana.Id, None))!.Correct);
        Assert.Empty(await s.Flags.ListResolutionsAsync(round.CommunityId, null, None));
        Assert.Single(Assert.Single(await s.Reviews.ListDeckAsync(ana.Id, None)).Reviews);
    }

    [SkippableFact]
    public async Task Apply_OnceKeyTwice_SecondIsAlreadyApplied()
    {
        await using var s = await StoresAsync();
        var (round, ana, _) = await AnsweredAsync(s, V1);
        var anaAnswer = (await s.Answers.FindAnswerAsync(round.Id, ana.Id, None))!;
        var regrade = new Regrade(Resolution(round.CommunityId, V1, FlagAction.BankKey, "bank:q-one:a>b:1"), [new AnswerRegrade(anaAnswer.Id, true, 2)], []);

        var first = await s.Flags.ApplyAsync(regrade, None);
        var second = await s.Flags.ApplyAsync(regrade with { Answers = [new AnswerRegrade(anaAnswer.Id, false, 0)] }, None);

        Assert.Equal((RegradeWrite.Applied, RegradeWrite.AlreadyApplied), (first, second));
        Assert.True(await s.Flags.HasOnceKeyAsync("bank:q-one:a>b:1", None));
        Assert.False(await s.Flags.HasOnceKeyAsync("bank:q-one:a>c:1", None));
        Assert.True((await s.Answers.FindAnswerAsync(round.Id, ana.Id, None))!.Correct);
        Assert.Single(await s.Flags.ListResolutionsAsync(round.CommunityId, null, None));
    }

    [SkippableFact]
    public async Task Versions_RecordKeepsTheFirstSighting_FillGivesRoundsWithoutOne()
    {
        await using var s = await StoresAsync();
        var (community, channel) = await ChannelAsync(s);
        var (old, _) = await s.Rounds.AddRoundOrGetExistingAsync(NewDailyRound(community.Id, channel.Id, new DateOnly(2026, 11, 20)), None);
        await VersionRoundAsync(s, new DateOnly(2026, 11, 21), V2);
        var at = Time.GetUtcNow();

        var added = await s.Flags.RecordVersionsAsync([new QuestionVersionRecord(V1, "q-one", ["B"], ["A", "B", "C"], at)], None);
        var again = await s.Flags.RecordVersionsAsync([new QuestionVersionRecord(V1, "q-one", ["C"], ["A", "B", "C"], at.AddDays(1)), new QuestionVersionRecord(V2, "q-one", ["A", "C"], ["A", "B", "C"], at)], None);
        var before = await s.Flags.ListRoundVersionsAsync(None);
        var filled = await s.Flags.FillRoundVersionsAsync("q-one", V1, None);

        Assert.Equal((1, 1, 1), (added, again, filled));
        var versions = await s.Flags.ListVersionsAsync(None);
        Assert.Equal(["B"], versions.Single(v => v.Version == V1).Answer);
        Assert.Equal(["A", "C"], versions.Single(v => v.Version == V2).Answer);
        Assert.Equal(["A", "B", "C"], versions.Single(v => v.Version == V1).ChoiceKeys);
        Assert.Equal([("q-one", ""), ("q-one", V2)], before);
        Assert.Equal(V1, (await s.Rounds.FindRoundAsync(old.Id, None))!.QuestionVersion);
        Assert.Equal([("q-one", V1), ("q-one", V2)], await s.Flags.ListRoundVersionsAsync(None));
    }

    private QuestionFlag Flag(Member member, Community community, string version, string text) => new()
    {
        MemberId = member.Id,
        CommunityId = community.Id,
        QuestionId = "q-one",
        QuestionVersion = version,
        Reason = FlagReason.WrongAnswer,
        Text = text,
        CreatedAt = Time.GetUtcNow(),
    };

    private FlagResolution Resolution(long? communityId, string version, FlagAction action, string? onceKey) => new()
    {
        CommunityId = communityId,
        QuestionId = "q-one",
        QuestionVersion = version,
        Action = action,
        Answer = ["A"],
        Note = "checked",
        ResolvedAt = Time.GetUtcNow(),
        Gained = 1,
        OnceKey = onceKey,
    };

    private async Task<Round> VersionRoundAsync(StoresUnderTest s, DateOnly date, string version)
    {
        var (community, channel) = await ChannelAsync(s);
        var (round, _) = await s.Rounds.AddRoundOrGetExistingAsync(NewDailyRound(community.Id, channel.Id, date) with { QuestionVersion = version }, None);
        return round;
    }

    private async Task<(Round Round, Member Ana, Member Ben)> AnsweredAsync(StoresUnderTest s, string version)
    {
        var round = await VersionRoundAsync(s, new DateOnly(2026, 11, 23), version);
        var ana = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);
        var ben = await s.Members.EnsureMemberAsync(Platform.Discord, "u2", "Ben", None);
        await s.Answers.TryAddAnswerAsync(NewAnswer(round, ana, correct: false), None);
        await s.Answers.TryAddAnswerAsync(NewAnswer(round, ben, correct: false), None);
        return (round, ana, ben);
    }
}
