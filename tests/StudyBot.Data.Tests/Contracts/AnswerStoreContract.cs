namespace StudyBot.Data.Tests.Contracts;

public abstract class AnswerStoreContract<TTarget> : StoreContract<TTarget>
    where TTarget : IStoreTarget, new()
{
    [SkippableFact]
    public async Task TryAddAnswer_SecondForSameMemberAndRound_IsRefused()
    {
        await using var s = await StoresAsync();
        var round = await DailyRoundAsync(s, new DateOnly(2026, 11, 23));
        var member = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);

        var first = await s.Answers.TryAddAnswerAsync(NewAnswer(round, member), None);
        var second = await s.Answers.TryAddAnswerAsync(NewAnswer(round, member, correct: false), None);

        Assert.Equal((true, false), (first, second));
        Assert.Equal(1, await s.Answers.CountAnswersAsync(round.Id, None));
        Assert.True((await s.Answers.FindAnswerAsync(round.Id, member.Id, None))!.Correct);
    }

    [SkippableFact]
    public async Task TryAddAnswer_AfterCloseRound_IsRefusedThoughTheClickReadItOpen()
    {
        await using var s = await StoresAsync();
        var round = await DailyRoundAsync(s, new DateOnly(2026, 11, 23));
        var member = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);
        var stale = await s.Rounds.FindRoundAsync(round.Id, None);

        await s.Rounds.CloseRoundAsync(round.Id, Time.GetUtcNow(), None);
        var added = await s.Answers.TryAddAnswerAsync(NewAnswer(stale!, member), None);

        Assert.False(added);
        Assert.Equal(0, await s.Answers.CountAnswersAsync(round.Id, None));
        Assert.Null(await s.Answers.FindAnswerAsync(round.Id, member.Id, None));
    }

    [SkippableFact]
    public async Task TryAddAnswer_UnknownRound_IsRefused()
    {
        await using var s = await StoresAsync();
        var round = await DailyRoundAsync(s, new DateOnly(2026, 11, 23));
        var member = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);

        Assert.False(await s.Answers.TryAddAnswerAsync(NewAnswer(round with { Id = round.Id + 1000 }, member), None));
    }

    [SkippableFact]
    public async Task TryAddAnswer_KeysAndEveryField_ReadBackByEveryRead()
    {
        await using var s = await StoresAsync();
        var round = await DailyRoundAsync(s, new DateOnly(2026, 11, 23));
        var member = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);
        var at = Time.GetUtcNow().AddMinutes(7);
        var given = NewAnswer(round, member, correct: false, at: at, "C", "A");

        Assert.True(await s.Answers.TryAddAnswerAsync(given, None));

        var found = await s.Answers.FindAnswerAsync(round.Id, member.Id, None);
        Assert.NotNull(found);
        Assert.NotEqual(0, found.Id);
        Assert.Equal(0, given.Id);
        Assert.Equal(["C", "A"], found.Keys);
        Assert.Equivalent(given with { Id = found.Id, Keys = found.Keys }, found, strict: true);
        Assert.Equal(["C", "A"], Assert.Single(await s.Answers.ListMemberAnswersAsync(member.Id, null, None)).Keys);
        var (listed, who) = Assert.Single(await s.Answers.ListRoundAnswersAsync(round.Id, None));
        Assert.Equal((found.Id, member), (listed.Id, who));
        Assert.Equal(["C", "A"], listed.Keys);
    }

    [SkippableFact]
    public async Task ReturnedCopy_ItsKeysChangedByTheCaller_LeavesTheStoreAsItWas()
    {
        await using var s = await StoresAsync();
        var round = await DailyRoundAsync(s, new DateOnly(2026, 11, 23));
        var member = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);
        var keys = new List<string> { "B" };
        await s.Answers.TryAddAnswerAsync(NewAnswer(round, member) with { Keys = keys }, None);

        keys[0] = "given-list-changed";
        var read = await s.Answers.FindAnswerAsync(round.Id, member.Id, None);
        switch (read!.Keys)
        {
            case string[] array:
                array[0] = "read-array-changed";
                break;
            case List<string> list:
                list[0] = "read-list-changed";
                break;
        }

        Assert.Equal(["B"], (await s.Answers.FindAnswerAsync(round.Id, member.Id, None))!.Keys);
    }

    [SkippableFact]
    public async Task ListRoundAnswers_InTheOrderTheyCame_WithWhoGaveThem()
    {
        await using var s = await StoresAsync();
        var round = await DailyRoundAsync(s, new DateOnly(2026, 11, 23));
        var bo = await s.Members.EnsureMemberAsync(Platform.Discord, "u2", "Bo", None);
        var ana = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);
        await s.Answers.TryAddAnswerAsync(NewAnswer(round, ana), None);
        await s.Answers.TryAddAnswerAsync(NewAnswer(round, bo, correct: false), None);

        var listed = await s.Answers.ListRoundAnswersAsync(round.Id, None);

        Assert.Equal(["Ana", "Bo"], listed.Select(x => x.Member.DisplayName));
        Assert.Equal([true, false], listed.Select(x => x.Answer.Correct));
        Assert.Empty(await s.Answers.ListRoundAnswersAsync(round.Id + 1000, None));
    }

    [SkippableFact]
    public async Task MemberAnswers_UsageSinceAndForRounds()
    {
        await using var s = await StoresAsync();
        var r1 = await DailyRoundAsync(s, new DateOnly(2026, 11, 23));
        var r2 = await DailyRoundAsync(s, new DateOnly(2026, 11, 24));
        var r3 = await DailyRoundAsync(s, new DateOnly(2026, 11, 25), channel: "c2");
        var ana = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);
        var bo = await s.Members.EnsureMemberAsync(Platform.Discord, "u2", "Bo", None);
        var t0 = Time.GetUtcNow();
        await s.Answers.TryAddAnswerAsync(NewAnswer(r1, ana, at: t0), None);
        await s.Answers.TryAddAnswerAsync(NewAnswer(r2, ana, correct: false, at: t0.AddDays(1)), None);
        await s.Answers.TryAddAnswerAsync(NewAnswer(r3 with { QuestionId = "q-two" }, ana, at: t0.AddDays(2)), None);
        await s.Answers.TryAddAnswerAsync(NewAnswer(r2, bo, at: t0.AddDays(1)), None);

        Assert.Equal([r3.Id, r2.Id, r1.Id], (await s.Answers.ListMemberAnswersAsync(ana.Id, null, None)).Select(a => a.RoundId));
        Assert.Equal([r3.Id, r2.Id], (await s.Answers.ListMemberAnswersAsync(ana.Id, t0.AddDays(1), None)).Select(a => a.RoundId));
        Assert.Equal(new Dictionary<string, int> { ["q-one"] = 2, ["q-two"] = 1 }, await s.Answers.GetMemberQuestionUsageAsync(ana.Id, None));
        Assert.Equal([(r2.Id, bo.Id)], (await s.Answers.ListAnswersForRoundsAsync([r2.Id, r3.Id], [bo.Id], None)).Select(a => (a.RoundId, a.MemberId)));
        Assert.Equal(2, (await s.Answers.ListAnswersForRoundsAsync([r1.Id, r2.Id], [ana.Id], None)).Count);
        Assert.Empty(await s.Answers.ListAnswersForRoundsAsync([], [ana.Id], None));
        Assert.Empty(await s.Answers.ListAnswersForRoundsAsync([r1.Id], [], None));
    }

    [SkippableFact]
    public async Task ListScopeAnswers_ChannelOrCommunitySinceATime()
    {
        await using var s = await StoresAsync();
        var r1 = await DailyRoundAsync(s, new DateOnly(2026, 11, 23));
        var r2 = await DailyRoundAsync(s, new DateOnly(2026, 11, 23), channel: "c2");
        var ana = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);
        var t0 = Time.GetUtcNow();
        await s.Answers.TryAddAnswerAsync(NewAnswer(r1, ana, at: t0), None);
        await s.Answers.TryAddAnswerAsync(NewAnswer(r2, ana, at: t0.AddHours(2)), None);

        Assert.Equal([r1.Id], (await s.Answers.ListScopeAnswersAsync(r1.ChannelId, null, t0, None)).Select(a => a.RoundId));
        Assert.Equal([r1.Id, r2.Id], (await s.Answers.ListScopeAnswersAsync(null, r1.CommunityId, t0, None)).Select(a => a.RoundId).Order());
        Assert.Equal([r2.Id], (await s.Answers.ListScopeAnswersAsync(null, r1.CommunityId, t0.AddHours(1), None)).Select(a => a.RoundId));
    }

    [SkippableFact]
    public async Task TryAddAnswer_HundredsOfMembersAtOnce_StoresEachOnce()
    {
        await using var s = await StoresAsync();
        var round = await DailyRoundAsync(s, new DateOnly(2026, 11, 23));

        var stored = await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(async () =>
        {
            var member = await s.Members.EnsureMemberAsync(Platform.Discord, $"burst-{i % 150}", $"M{i % 150}", None);
            return await s.Answers.TryAddAnswerAsync(NewAnswer(round, member), None);
        })));

        Assert.Equal(150, stored.Count(added => added));
        Assert.Equal(150, await s.Answers.CountAnswersAsync(round.Id, None));
        Assert.Equal(150, (await s.Answers.ListRoundAnswersAsync(round.Id, None)).Select(x => x.Answer.Id).Distinct().Count());
    }
}
