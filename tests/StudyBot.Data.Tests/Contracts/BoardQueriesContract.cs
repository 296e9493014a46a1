namespace StudyBot.Data.Tests.Contracts;

public abstract class BoardQueriesContract<TTarget> : StoreContract<TTarget>
    where TTarget : IStoreTarget, new()
{
    [SkippableFact]
    public async Task GetBoardTotals_CountsPointsAndWhenTheScoreWasReached()
    {
        await using var s = await StoresAsync();
        var r1 = await DailyRoundAsync(s, new DateOnly(2026, 11, 23));
        var r2 = await DailyRoundAsync(s, new DateOnly(2026, 11, 24));
        var ana = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);
        var t0 = Time.GetUtcNow();
        await s.Answers.TryAddAnswerAsync(NewAnswer(r1, ana, at: t0), None);
        await s.Answers.TryAddAnswerAsync(NewAnswer(r2, ana, correct: false, at: t0.AddDays(1)), None);

        var all = await s.Boards.GetBoardTotalsAsync(new BoardQuery(r1.ChannelId, null, null, null, false), None);
        var later = await s.Boards.GetBoardTotalsAsync(new BoardQuery(null, r1.CommunityId, t0.AddHours(1), null, false), None);

        var row = Assert.Single(all);
        Assert.Equal((2, 2, 1), (row.Points, row.Answered, row.Correct));
        Assert.Equal(t0, row.ReachedAt);
        var laterRow = Assert.Single(later);
        Assert.Equal((0, 1, 0), (laterRow.Points, laterRow.Answered, laterRow.Correct));
        Assert.Null(laterRow.ReachedAt);
    }

    [SkippableFact]
    public async Task GetBoardTotals_EveryScopeAndPeriod_CarriesNamesPrivacyAndKeepsQuizOutUnlessAsked()
    {
        await using var s = await StoresAsync();
        var r1 = await DailyRoundAsync(s, new DateOnly(2026, 11, 23));
        var ana = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);
        var bo = await s.Members.EnsureMemberAsync(Platform.Discord, "u2", "Bo", None);
        await s.Members.SetHiddenFromBoardsAsync(bo.Id, true, None);
        var (quiz, _) = await s.Rounds.AddRoundOrGetExistingAsync(new Round { Kind = RoundKind.Quiz, ChannelId = r1.ChannelId, CommunityId = r1.CommunityId, QuestionId = "q-one", ChoiceOrder = "ABC", OpensAt = Time.GetUtcNow(), ClosesAt = Time.GetUtcNow().AddHours(1) }, None);
        var t0 = Time.GetUtcNow();
        Assert.True(await s.Answers.TryAddAnswerAsync(NewAnswer(r1, ana, at: t0), None));
        Assert.True(await s.Answers.TryAddAnswerAsync(NewAnswer(r1, bo, correct: false, at: t0.AddMinutes(5)), None));
        Assert.True(await s.Answers.TryAddAnswerAsync(NewAnswer(quiz, ana, at: t0.AddMinutes(9)), None));

        foreach (var (channel, community) in new[] { (r1.ChannelId, (long?)null), (null, r1.CommunityId) })
        {
            // All time reads the member-ordered index; a bounded period the time-ordered one: both must give the same rows.
            var allTime = (await s.Boards.GetBoardTotalsAsync(new BoardQuery(channel, community, null, null, false), None)).OrderBy(t => t.MemberId).ToList();
            var bounded = (await s.Boards.GetBoardTotalsAsync(new BoardQuery(channel, community, t0, t0.AddHours(1), false), None)).OrderBy(t => t.MemberId).ToList();
            var withQuiz = (await s.Boards.GetBoardTotalsAsync(new BoardQuery(channel, community, null, null, true), None)).Single(t => t.MemberId == ana.Id);
            var afterAna = await s.Boards.GetBoardTotalsAsync(new BoardQuery(channel, community, t0.AddMinutes(1), null, false), None);
            var before = await s.Boards.GetBoardTotalsAsync(new BoardQuery(channel, community, null, t0, false), None);

            Assert.Equal(allTime, bounded);
            Assert.Equal([(ana.Id, "Ana", false, 2, 1, 1), (bo.Id, "Bo", true, 0, 1, 0)], allTime.Select(t => (t.MemberId, t.DisplayName, t.HiddenFromBoards, t.Points, t.Answered, t.Correct)));
            Assert.Equal((4, 2, 2), (withQuiz.Points, withQuiz.Answered, withQuiz.Correct));
            Assert.Equal(t0.AddMinutes(9), withQuiz.ReachedAt);
            Assert.Equal(bo.Id, Assert.Single(afterAna).MemberId);
            Assert.Empty(before);
        }
    }

    [SkippableFact]
    public async Task GetBoardTotals_AnInstantsOwnWindow_FindsTheAnswer()
    {
        await using var s = await StoresAsync();
        var round = await DailyRoundAsync(s, new DateOnly(2026, 11, 23));
        var member = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);
        var at = Time.GetUtcNow().AddMinutes(7).AddTicks(12340);
        await s.Answers.TryAddAnswerAsync(NewAnswer(round, member, at: at), None);

        var board = await s.Boards.GetBoardTotalsAsync(new BoardQuery(round.ChannelId, null, at.AddSeconds(-1), at.AddSeconds(1), false), None);

        Assert.Equal(member.Id, Assert.Single(board).MemberId);
    }

    [SkippableFact]
    public async Task ListAnsweredRounds_SinceTime_OnlyTheMembersLaterAnswers()
    {
        await using var s = await StoresAsync();
        var r1 = await DailyRoundAsync(s, new DateOnly(2026, 11, 23));
        var r2 = await DailyRoundAsync(s, new DateOnly(2026, 11, 24));
        var ana = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);
        var bo = await s.Members.EnsureMemberAsync(Platform.Discord, "u2", "Bo", None);
        var t0 = Time.GetUtcNow();
        await s.Answers.TryAddAnswerAsync(NewAnswer(r1, ana, at: t0), None);
        await s.Answers.TryAddAnswerAsync(NewAnswer(r2, ana, correct: false, at: t0.AddDays(1)), None);
        await s.Answers.TryAddAnswerAsync(NewAnswer(r2, bo, at: t0.AddDays(1)), None);

        var sut = await s.Boards.ListAnsweredRoundsAsync([ana.Id, ana.Id], t0.AddHours(1), None);

        Assert.Equal((ana.Id, r2.Id), Assert.Single(sut));
        Assert.Empty(await s.Boards.ListAnsweredRoundsAsync([], t0, None));
    }
}
