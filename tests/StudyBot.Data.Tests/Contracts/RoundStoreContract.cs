namespace StudyBot.Data.Tests.Contracts;

public abstract class RoundStoreContract<TTarget> : StoreContract<TTarget>
    where TTarget : IStoreTarget, new()
{
    [SkippableFact]
    public async Task AddRoundOrGetExisting_SameChannelAndDate_KeepsOneRound()
    {
        await using var s = await StoresAsync();
        var (community, channel) = await ChannelAsync(s);
        var given = NewDailyRound(community.Id, channel.Id, new DateOnly(2026, 11, 23));

        var (first, created) = await s.Rounds.AddRoundOrGetExistingAsync(given, None);
        var (second, again) = await s.Rounds.AddRoundOrGetExistingAsync(given with { QuestionId = "q-two" }, None);
        var (other, _) = await s.Rounds.AddRoundOrGetExistingAsync(given with { LocalDate = new DateOnly(2026, 11, 24) }, None);

        Assert.Equal((true, false), (created, again));
        Assert.NotEqual(0, first.Id);
        Assert.Equal(0, given.Id);
        Assert.Equal(first, second);
        Assert.Equal("q-one", second.QuestionId);
        Assert.NotEqual(first.Id, other.Id);
        Assert.Equal(first, await s.Rounds.FindRoundAsync(first.Id, None));
        Assert.Equal(first, await s.Rounds.FindDailyRoundAsync(channel.Id, new DateOnly(2026, 11, 23), None));
        Assert.Null(await s.Rounds.FindDailyRoundAsync(channel.Id, new DateOnly(2026, 11, 25), None));
        Assert.Null(await s.Rounds.FindRoundAsync(-1, None));
    }

    [SkippableFact]
    public async Task AddRoundOrGetExisting_SameQuizPosition_KeepsOneAndListsThemInOrder()
    {
        await using var s = await StoresAsync();
        var member = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);
        var quiz = await s.Quizzes.AddQuizAsync(new Quiz { MemberId = member.Id, Platform = Platform.Discord, QuestionIds = ["q1", "q2"], StartedAt = Time.GetUtcNow() }, None);
        Round Item(int sequence, string question) => new()
        {
            Kind = RoundKind.Quiz, QuizId = quiz.Id, Sequence = sequence, QuestionId = question, ChoiceOrder = "AB", OpensAt = Time.GetUtcNow(), ClosesAt = Time.GetUtcNow().AddHours(1),
        };

        var (second, _) = await s.Rounds.AddRoundOrGetExistingAsync(Item(2, "q2"), None);
        var (first, _) = await s.Rounds.AddRoundOrGetExistingAsync(Item(1, "q1"), None);
        var (repeat, created) = await s.Rounds.AddRoundOrGetExistingAsync(Item(2, "q9"), None);

        Assert.False(created);
        Assert.Equal(second, repeat);
        Assert.Equal([first, second], await s.Rounds.ListQuizRoundsAsync(quiz.Id, None));
        Assert.Empty(await s.Rounds.ListDailyRoundsAsync(0, 5, None));
    }

    [SkippableFact]
    public async Task CloseRound_OnlyAnOpenRound_AndOnlyOnce()
    {
        await using var s = await StoresAsync();
        var round = await DailyRoundAsync(s, new DateOnly(2026, 11, 23));
        var closedAt = Time.GetUtcNow().AddHours(8);

        var first = await s.Rounds.CloseRoundAsync(round.Id, closedAt, None);
        var second = await s.Rounds.CloseRoundAsync(round.Id, closedAt.AddMinutes(5), None);
        var unknown = await s.Rounds.CloseRoundAsync(-1, closedAt, None);

        Assert.Equal((true, false, false), (first, second, unknown));
        Assert.Equal(closedAt, (await s.Rounds.FindRoundAsync(round.Id, None))!.ClosedAt);
    }

    [SkippableFact]
    public async Task MarkRevealed_OnlyOnce_KeepsTheFirstTime()
    {
        await using var s = await StoresAsync();
        var round = await DailyRoundAsync(s, new DateOnly(2026, 11, 23));
        var at = Time.GetUtcNow().AddHours(8);

        var first = await s.Rounds.MarkRevealedAsync(round.Id, at, None);
        var second = await s.Rounds.MarkRevealedAsync(round.Id, at.AddMinutes(1), None);

        Assert.Equal((true, false), (first, second));
        Assert.Equal(at, (await s.Rounds.FindRoundAsync(round.Id, None))!.RevealedAt);
    }

    [SkippableFact]
    public async Task SetMessageRef_IsKeptAndChangesNothingElse()
    {
        await using var s = await StoresAsync();
        var round = await DailyRoundAsync(s, new DateOnly(2026, 11, 23));

        await s.Rounds.SetMessageRefAsync(round.Id, "m-1", None);

        Assert.Equal(round with { MessageRef = "m-1" }, await s.Rounds.FindRoundAsync(round.Id, None));
    }

    [SkippableFact]
    public async Task ReturnedCopy_ChangedByTheCaller_LeavesTheStoreAsItWas()
    {
        await using var s = await StoresAsync();
        var round = await DailyRoundAsync(s, new DateOnly(2026, 11, 23));

        // A full-row update of a changed copy is what the old store had; now the change is lost unless it is a named write.
        _ = round with { ClosedAt = Time.GetUtcNow(), MessageRef = "m-1" };

        Assert.Equal(round, await s.Rounds.FindRoundAsync(round.Id, None));
        Assert.Null((await s.Rounds.FindLatestDailyRoundAsync(round.ChannelId!.Value, None))!.ClosedAt);
    }

    [SkippableFact]
    public async Task ListDailyRounds_OneChannel_NewestFirstLimited()
    {
        await using var s = await StoresAsync();
        var (community, channel) = await ChannelAsync(s);
        foreach (var day in new[] { 2, 4, 1, 3 })
        {
            await s.Rounds.AddRoundOrGetExistingAsync(NewDailyRound(community.Id, channel.Id, new DateOnly(2026, 11, day)), None);
        }

        var latest = await s.Rounds.FindLatestDailyRoundAsync(channel.Id, None);
        var listed = await s.Rounds.ListDailyRoundsAsync(channel.Id, 3, None);

        Assert.Equal(new DateOnly(2026, 11, 4), latest!.LocalDate);
        Assert.Equal([4, 3, 2], listed.Select(r => r.LocalDate!.Value.Day));
        Assert.Null(await s.Rounds.FindLatestDailyRoundAsync(channel.Id + 1000, None));
    }

    [SkippableFact]
    public async Task ListDailyRounds_SeveralChannels_NewestFirstAndLimitedPerChannel()
    {
        await using var s = await StoresAsync();
        var channels = new List<Channel>();
        foreach (var name in new[] { "c1", "c2", "c3" })
        {
            var (community, channel) = await ChannelAsync(s, name);
            channels.Add(channel);
            for (var day = 1; day <= 4; day++)
            {
                await s.Rounds.AddRoundOrGetExistingAsync(NewDailyRound(community.Id, channel.Id, new DateOnly(2026, 11, day)), None);
            }
        }

        var sut = await s.Rounds.ListDailyRoundsAsync([channels[0].Id, channels[2].Id, channels[2].Id], 2, None);

        Assert.Equal(4, sut.Count);
        foreach (var channel in new[] { channels[0], channels[2] })
        {
            Assert.Equal([new DateOnly(2026, 11, 4), new DateOnly(2026, 11, 3)], sut.Where(r => r.ChannelId == channel.Id).Select(r => r.LocalDate!.Value).Order().Reverse());
        }

        Assert.Empty(await s.Rounds.ListDailyRoundsAsync([], 2, None));
    }

    [SkippableFact]
    public async Task ListDailyRounds_MoreChannelsThanOneStatementTakes_ReadsEveryFieldAsFindRoundDoes()
    {
        await using var s = await StoresAsync();
        var ids = new List<long>();
        for (var i = 0; i < 230; i++)
        {
            var (community, channel) = await ChannelAsync(s, $"c{i}");
            ids.Add(channel.Id);
            var (round, _) = await s.Rounds.AddRoundOrGetExistingAsync(NewDailyRound(community.Id, channel.Id, new DateOnly(2026, 11, 23)), None);
            if (i == 217)
            {
                await s.Rounds.CloseRoundAsync(round.Id, Time.GetUtcNow().AddHours(8), None);
                await s.Rounds.MarkRevealedAsync(round.Id, Time.GetUtcNow().AddHours(8).AddSeconds(3), None);
                await s.Rounds.SetMessageRefAsync(round.Id, "m-217", None);
            }
        }

        var rounds = await s.Rounds.ListDailyRoundsAsync(ids, 5, None);

        Assert.Equal(ids.Order(), rounds.Select(r => r.ChannelId!.Value).Order());
        var listed = rounds.Single(r => r.ChannelId == ids[217]);
        Assert.Equal(await s.Rounds.FindRoundAsync(listed.Id, None), listed);
        Assert.Equal(await s.Rounds.FindDailyRoundAsync(ids[217], new DateOnly(2026, 11, 23), None), listed);
        Assert.Equal(("m-217", Time.GetUtcNow().AddHours(8)), (listed.MessageRef, listed.ClosedAt));
        Assert.NotNull(listed.RevealedAt);
    }

    [SkippableFact]
    public async Task GetChannelQuestionUsage_CountsTheChannelsDailyRounds()
    {
        await using var s = await StoresAsync();
        var (community, channel) = await ChannelAsync(s);
        var (_, other) = await ChannelAsync(s, "c2");
        await s.Rounds.AddRoundOrGetExistingAsync(NewDailyRound(community.Id, channel.Id, new DateOnly(2026, 11, 1)), None);
        await s.Rounds.AddRoundOrGetExistingAsync(NewDailyRound(community.Id, channel.Id, new DateOnly(2026, 11, 2)), None);
        await s.Rounds.AddRoundOrGetExistingAsync(NewDailyRound(community.Id, channel.Id, new DateOnly(2026, 11, 3)) with { QuestionId = "q-two" }, None);
        await s.Rounds.AddRoundOrGetExistingAsync(NewDailyRound(community.Id, other.Id, new DateOnly(2026, 11, 1)), None);

        var usage = await s.Rounds.GetChannelQuestionUsageAsync(channel.Id, None);

        Assert.Equal(new Dictionary<string, int> { ["q-one"] = 2, ["q-two"] = 1 }, usage);
    }
}
