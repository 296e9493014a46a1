namespace StudyBot.Data.Tests.Contracts;

public abstract class MockStoreContract<TTarget> : StoreContract<TTarget>
    where TTarget : IStoreTarget, new()
{
    private async Task<Member> MemberAsync(StoresUnderTest s, string id = "u1") =>
        await s.Members.EnsureMemberAsync(Platform.Discord, id, "Ana", None);

    private MockAttempt NewAttempt(Member member, int minutes = 90) => new()
    {
        MemberId = member.Id,
        Platform = Platform.Discord,
        Exam = "AIF-C01",
        Zone = "Europe/Berlin",
        QuestionCount = 3,
        StartedAt = Time.GetUtcNow(),
        DeadlineAt = Time.GetUtcNow().AddMinutes(minutes),
    };

    private static IReadOnlyList<MockItem> NewItems() =>
    [
        new() { Position = 1, QuestionId = "q-a", Domain = 1, ChoiceOrder = "BAC" },
        new() { Position = 2, QuestionId = "q-b", Domain = 3, ChoiceOrder = "DCBA" },
        new() { Position = 3, QuestionId = "q-c", Domain = 2, ChoiceOrder = "AB" },
    ];

    private static readonly MockScore Score = new(2, 3, 700, true);

    [SkippableFact]
    public async Task StartAttempt_New_StoresItWithItsItemsInOrder()
    {
        await using var s = await StoresAsync();
        var member = await MemberAsync(s);

        var (attempt, created) = await s.Mocks.StartAttemptAsync(NewAttempt(member), NewItems(), None);

        Assert.True(created);
        Assert.NotEqual(0, attempt.Id);
        var found = await s.Mocks.FindAttemptAsync(attempt.Id, None);
        Assert.Equivalent(attempt, found, strict: true);
        Assert.Equal(NewAttempt(member).DeadlineAt, found!.DeadlineAt);
        Assert.Equal("Europe/Berlin", found.Zone);
        Assert.True(found.IsOpen);
        var items = await s.Mocks.ListItemsAsync(attempt.Id, None);
        Assert.Equal([1, 2, 3], items.Select(i => i.Position));
        Assert.Equal(["q-a", "q-b", "q-c"], items.Select(i => i.QuestionId));
        Assert.Equal(["BAC", "DCBA", "AB"], items.Select(i => i.ChoiceOrder));
        Assert.All(items, i => Assert.Equal(attempt.Id, i.AttemptId));
        Assert.All(items, i => Assert.False(i.Answered));
        Assert.Equal(attempt.Id, (await s.Mocks.FindOpenAttemptAsync(member.Id, None))?.Id);
        Assert.Null(await s.Mocks.FindAttemptAsync(attempt.Id + 1000, None));
    }

    [SkippableFact]
    public async Task StartAttempt_OneInProgress_ReturnsItAndStoresNothing()
    {
        await using var s = await StoresAsync();
        var member = await MemberAsync(s);
        var other = await MemberAsync(s, "u2");
        var (first, _) = await s.Mocks.StartAttemptAsync(NewAttempt(member), NewItems(), None);

        var (second, created) = await s.Mocks.StartAttemptAsync(NewAttempt(member, 130) with { Exam = "MLA-C01" }, NewItems(), None);
        var (theirs, theirsCreated) = await s.Mocks.StartAttemptAsync(NewAttempt(other), NewItems(), None);

        Assert.False(created);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal("AIF-C01", second.Exam);
        Assert.True(theirsCreated);
        Assert.NotEqual(first.Id, theirs.Id);
    }

    [SkippableFact]
    public async Task StartAttempt_AfterTheLastEnded_StartsANewOne()
    {
        await using var s = await StoresAsync();
        var member = await MemberAsync(s);
        var (first, _) = await s.Mocks.StartAttemptAsync(NewAttempt(member), NewItems(), None);
        await s.Mocks.FinishAttemptAsync(first.Id, MockFinish.Submitted, Time.GetUtcNow(), Score, None);

        var (next, created) = await s.Mocks.StartAttemptAsync(NewAttempt(member), NewItems(), None);

        Assert.True(created);
        Assert.NotEqual(first.Id, next.Id);
        Assert.Equal(next.Id, (await s.Mocks.FindOpenAttemptAsync(member.Id, None))?.Id);
    }

    [SkippableFact]
    public async Task SaveAnswer_SameAnswerTwice_RecordsOnceAndKeepsTheFirstTime()
    {
        await using var s = await StoresAsync();
        var member = await MemberAsync(s);
        var (attempt, _) = await s.Mocks.StartAttemptAsync(NewAttempt(member), NewItems(), None);
        var at = Time.GetUtcNow().AddMinutes(2);

        var first = await s.Mocks.SaveAnswerAsync(attempt.Id, 2, ["C", "A"], at, None);
        var again = await s.Mocks.SaveAnswerAsync(attempt.Id, 2, ["C", "A"], at.AddSeconds(1), None);
        var changed = await s.Mocks.SaveAnswerAsync(attempt.Id, 1, ["B"], at.AddSeconds(5), None);

        Assert.True(first);
        Assert.False(again);
        Assert.True(changed);
        var items = await s.Mocks.ListItemsAsync(attempt.Id, None);
        Assert.Equal(["C", "A"], items[1].Keys);
        Assert.Equal(at, items[1].AnsweredAt);
        Assert.Equal(["B"], items[0].Keys);
        Assert.Empty(items[2].Keys);
    }

    [SkippableFact]
    public async Task Writes_AfterTheEnd_ChangeNothing()
    {
        await using var s = await StoresAsync();
        var member = await MemberAsync(s);
        var (attempt, _) = await s.Mocks.StartAttemptAsync(NewAttempt(member), NewItems(), None);
        await s.Mocks.SaveAnswerAsync(attempt.Id, 1, ["A"], Time.GetUtcNow(), None);
        var end = Time.GetUtcNow().AddMinutes(10);

        var finished = await s.Mocks.FinishAttemptAsync(attempt.Id, MockFinish.Submitted, end, Score, None);
        var finishedAgain = await s.Mocks.FinishAttemptAsync(attempt.Id, MockFinish.TimedOut, end.AddMinutes(1), new MockScore(0, 3, 100, false), None);
        var answered = await s.Mocks.SaveAnswerAsync(attempt.Id, 1, ["B"], end, None);
        var flagged = await s.Mocks.SetFlagAsync(attempt.Id, 2, true, None);
        var moved = await s.Mocks.MoveToAsync(attempt.Id, 3, None);

        Assert.True(finished);
        Assert.False(finishedAgain);
        Assert.False(answered);
        Assert.False(flagged);
        Assert.False(moved);
        var stored = await s.Mocks.FindAttemptAsync(attempt.Id, None);
        Assert.Equal(end, stored!.FinishedAt);
        Assert.Equal(MockFinish.Submitted, stored.Finish);
        Assert.Equal((2, 700, true), (stored.Correct, stored.ScaledScore, stored.Passed));
        Assert.Equal(1, stored.Position);
        Assert.False(stored.IsOpen);
        Assert.Null(await s.Mocks.FindOpenAttemptAsync(member.Id, None));
        var items = await s.Mocks.ListItemsAsync(attempt.Id, None);
        Assert.Equal(["A"], items[0].Keys);
        Assert.False(items[1].Flagged);
    }

    [SkippableFact]
    public async Task FlagAndMove_InProgress_AreStored()
    {
        await using var s = await StoresAsync();
        var member = await MemberAsync(s);
        var (attempt, _) = await s.Mocks.StartAttemptAsync(NewAttempt(member), NewItems(), None);

        Assert.True(await s.Mocks.SetFlagAsync(attempt.Id, 3, true, None));
        Assert.True(await s.Mocks.MoveToAsync(attempt.Id, 3, None));

        Assert.Equal(3, (await s.Mocks.FindAttemptAsync(attempt.Id, None))!.Position);
        Assert.Equal([false, false, true], (await s.Mocks.ListItemsAsync(attempt.Id, None)).Select(i => i.Flagged));
        Assert.True(await s.Mocks.SetFlagAsync(attempt.Id, 3, false, None));
        Assert.All(await s.Mocks.ListItemsAsync(attempt.Id, None), i => Assert.False(i.Flagged));
        Assert.False(await s.Mocks.SetFlagAsync(attempt.Id, 9, true, None));
    }

    [SkippableFact]
    public async Task ListFinished_NewestFirst_OnlyTheGivenMembersSinceTheTime()
    {
        await using var s = await StoresAsync();
        var ana = await MemberAsync(s);
        var ben = await MemberAsync(s, "u2");
        var start = Time.GetUtcNow();
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            var (attempt, _) = await s.Mocks.StartAttemptAsync(NewAttempt(ana), NewItems(), None);
            await s.Mocks.FinishAttemptAsync(attempt.Id, MockFinish.Submitted, start.AddDays(i), Score, None);
            ids.Add(attempt.Id);
        }

        var (bens, _) = await s.Mocks.StartAttemptAsync(NewAttempt(ben), NewItems(), None);
        await s.Mocks.FinishAttemptAsync(bens.Id, MockFinish.TimedOut, start.AddDays(1), Score, None);
        await s.Mocks.StartAttemptAsync(NewAttempt(ana), NewItems(), None);

        var anas = await s.Mocks.ListFinishedAsync([ana.Id], null, 10, None);
        var lastTwo = await s.Mocks.ListFinishedAsync([ana.Id], null, 2, None);
        var since = await s.Mocks.ListFinishedAsync([ana.Id, ben.Id], start.AddDays(1), 10, None);

        Assert.Equal([ids[2], ids[1], ids[0]], anas.Select(a => a.Id));
        Assert.Equal([ids[2], ids[1]], lastTwo.Select(a => a.Id));
        Assert.Equal(3, since.Count);
        Assert.Contains(since, a => a.Id == bens.Id && a.Finish == MockFinish.TimedOut);
        Assert.DoesNotContain(since, a => a.Id == ids[0]);
    }

    [SkippableFact]
    public async Task ListPending_PastDeadlineOrNotReviewed_UntilMarked()
    {
        await using var s = await StoresAsync();
        var ana = await MemberAsync(s);
        var ben = await MemberAsync(s, "u2");
        var cem = await MemberAsync(s, "u3");
        var (late, _) = await s.Mocks.StartAttemptAsync(NewAttempt(ana, 10), NewItems(), None);
        var (running, _) = await s.Mocks.StartAttemptAsync(NewAttempt(ben, 120), NewItems(), None);
        var (ended, _) = await s.Mocks.StartAttemptAsync(NewAttempt(cem, 120), NewItems(), None);
        await s.Mocks.FinishAttemptAsync(ended.Id, MockFinish.Submitted, Time.GetUtcNow().AddMinutes(5), Score, None);
        var now = Time.GetUtcNow().AddMinutes(30);

        var pending = await s.Mocks.ListPendingAsync(now, 10, None);
        await s.Mocks.MarkReviewedAsync(ended.Id, now, None);
        await s.Mocks.MarkReviewedAsync(running.Id, now, None);
        var after = await s.Mocks.ListPendingAsync(now, 10, None);

        Assert.Equal([late.Id, ended.Id], pending.Select(a => a.Id));
        Assert.Equal([late.Id], after.Select(a => a.Id));
        Assert.Equal(now, (await s.Mocks.FindAttemptAsync(ended.Id, None))!.ReviewedAt);
        Assert.Null((await s.Mocks.FindAttemptAsync(running.Id, None))!.ReviewedAt);
    }
}
