using StudyBot.Tests.Shared;

namespace StudyBot.Engine.Tests;

public sealed class LeaderboardTests
{
    private readonly EngineFixture _fx = new();

    private async Task<Round> DailyAsync(Channel channel, DateOnly date, string question = "t-single")
    {
        var (round, _) = await _fx.Stores.Rounds.AddRoundOrGetExistingAsync(new Round
        {
            Kind = RoundKind.Daily,
            ChannelId = channel.Id,
            CommunityId = channel.CommunityId,
            LocalDate = date,
            QuestionId = question,
            ChoiceOrder = "ABC",
            OpensAt = _fx.Time.GetUtcNow(),
            ClosesAt = _fx.Time.GetUtcNow().AddHours(8),
        }, CancellationToken.None);
        return round;
    }

    private async Task AnswerAsync(Round round, string who, bool correct)
    {
        var member = await _fx.Stores.Members.EnsureMemberAsync(Platform.Discord, who, who, CancellationToken.None);
        var question = _fx.Bank.Get(round.QuestionId);
        await _fx.Stores.Answers.TryAddAnswerAsync(new Answer
        {
            RoundId = round.Id, MemberId = member.Id, Kind = round.Kind, ChannelId = round.ChannelId, CommunityId = round.CommunityId,
            QuestionId = round.QuestionId, Keys = [correct ? question.Answer[0] : "A"], Correct = correct,
            Points = correct ? question.Points : 0, AnsweredAt = _fx.Time.GetUtcNow(),
        }, CancellationToken.None);
    }

    [Fact]
    public async Task GetAsync_TiedPoints_BreaksByAccuracyThenByWhoReachedFirst()
    {
        var channel = await _fx.ChannelAsync();
        var d1 = await DailyAsync(channel, new DateOnly(2026, 11, 23));
        var d2 = await DailyAsync(channel, new DateOnly(2026, 11, 24));
        await AnswerAsync(d1, "cara", true);       // 2 points, 1/1, reached first
        _fx.Time.Advance(TimeSpan.FromMinutes(5));
        await AnswerAsync(d1, "dan", true);        // 2 points, 1/1, reached later
        await AnswerAsync(d1, "eli", true);
        await AnswerAsync(d2, "eli", false);       // 2 points, 1/2
        var sut = _fx.Get<LeaderboardService>();

        var board = await sut.GetAsync(new LeaderboardRequest(channel, null, BoardPeriod.AllTime, BoardScope.Channel), CancellationToken.None);

        Assert.Equal(["cara", "dan", "eli"], board.Rows.Select(r => r.Name));
        Assert.Equal([1, 2, 3], board.Rows.Select(r => r.Rank));
        Assert.Equal(0.5, board.Rows[2].Accuracy);
    }

    [Fact]
    public async Task GetAsync_StreaksLongerThanTheFirstWindow_AreCountedInFull()
    {
        var channel = await _fx.ChannelAsync();
        var days = LeaderboardService.BoardStreakWindow + 15;
        for (var i = 0; i < days; i++)
        {
            var round = await DailyAsync(channel, new DateOnly(2026, 9, 1).AddDays(i));
            await AnswerAsync(round, "ana", true);
            if (i >= days - 12)
            {
                await AnswerAsync(round, "bo", true);
            }

            if (i != days - 3)
            {
                await AnswerAsync(round, "cy", i % 2 == 0);
            }

            _fx.Time.Advance(TimeSpan.FromDays(1));
        }

        var board = await _fx.Get<LeaderboardService>().GetAsync(new LeaderboardRequest(channel, null, BoardPeriod.AllTime, BoardScope.Community), CancellationToken.None);
        var streaks = board.Rows.ToDictionary(r => r.Name, r => r.CurrentStreak);

        Assert.Equal(days, streaks["ana"]);
        Assert.Equal(12, streaks["bo"]);
        Assert.Equal(2, streaks["cy"]);
    }

    [Fact]
    public async Task GetAsync_HiddenMember_IsOffTheBoardEvenAsTheCallersOwnRow()
    {
        var channel = await _fx.ChannelAsync();
        var d1 = await DailyAsync(channel, new DateOnly(2026, 11, 23));
        await AnswerAsync(d1, "fay", true);
        await AnswerAsync(d1, "gus", false);
        var fay = (await _fx.Stores.Members.FindMemberAsync(Platform.Discord, "fay", CancellationToken.None))!;
        await _fx.Stores.Members.SetHiddenFromBoardsAsync(fay.Id, true, CancellationToken.None);
        var sut = _fx.Get<LeaderboardService>();

        var others = await sut.GetAsync(new LeaderboardRequest(channel, null, BoardPeriod.AllTime, BoardScope.Channel), CancellationToken.None);
        var asked = await _fx.Get<CommandRouter>().RunAsync(EngineFixture.Actor("fay"), CommandParser.ParseText("leaderboard all").Invocation!, CancellationToken.None);
        var own = Assert.IsType<BoardResult>(asked).Board;

        Assert.Equal(["gus"], others.Rows.Select(r => r.Name));
        Assert.Equal(["gus"], own.Rows.Select(r => r.Name));
        Assert.Null(own.Caller);
        Assert.Equal(1, own.Participants);
        Assert.Equal(1, own.Rows[0].Rank);
    }

    [Fact]
    public async Task GetAsync_QuizAnswers_StayOffTheChannelBoardByDefault()
    {
        var channel = await _fx.ChannelAsync();
        var quiz = await _fx.Get<QuizService>().StartAsync(EngineFixture.Actor("hal"), new QuizRequest(null, null, 1), CancellationToken.None);
        var round = _fx.Stores.Rounds.Rounds.Single(r => r.Id == quiz.First!.RoundId);
        await _fx.Get<QuizService>().AnswerAsync(round.Id, EngineFixture.Actor("hal", "hal", Platform.Discord), Grader.CorrectLabels(_fx.Bank.Get(round.QuestionId), round.ChoiceOrder), CancellationToken.None);
        var sut = _fx.Get<LeaderboardService>();

        var off = await sut.GetAsync(new LeaderboardRequest(channel, null, BoardPeriod.AllTime, BoardScope.Channel), CancellationToken.None);
        var on = await sut.GetAsync(new LeaderboardRequest(channel with { IncludeQuizOnBoard = true }, null, BoardPeriod.AllTime, BoardScope.Channel), CancellationToken.None);

        Assert.Empty(off.Rows);
        Assert.Equal(["hal"], on.Rows.Select(r => r.Name));
    }

    [Fact]
    public async Task GetAsync_Week_UsesTheCommunityTimeZone()
    {
        // Sunday 2026-11-29 23:30 in Tokyo is Sunday 14:30 UTC: last week in Tokyo, and the board asks on Monday in Tokyo.
        var channel = await _fx.ChannelAsync("Asia/Tokyo");
        await _fx.Stores.Channels.SetCommunityTimeZoneAsync(channel.CommunityId, "Asia/Tokyo", CancellationToken.None);
        _fx.Time.SetUtcNow(new DateTimeOffset(2026, 11, 29, 14, 30, 0, TimeSpan.Zero));
        var sunday = await DailyAsync(channel, new DateOnly(2026, 11, 29));
        await AnswerAsync(sunday, "ivy", true);
        _fx.Time.SetUtcNow(new DateTimeOffset(2026, 11, 29, 16, 0, 0, TimeSpan.Zero)); // Monday 01:00 in Tokyo
        var sut = _fx.Get<LeaderboardService>();

        var tokyo = await sut.GetAsync(new LeaderboardRequest(channel, null, BoardPeriod.Week, BoardScope.Channel), CancellationToken.None);
        await _fx.Stores.Channels.SetCommunityTimeZoneAsync(channel.CommunityId, "UTC", CancellationToken.None);
        var utc = await sut.GetAsync(new LeaderboardRequest(channel, null, BoardPeriod.Week, BoardScope.Channel), CancellationToken.None);

        Assert.Empty(tokyo.Rows);
        Assert.Equal(["ivy"], utc.Rows.Select(r => r.Name));
    }

    [Fact]
    public void Streak_SkipsDaysWithoutRoundsAndAnOpenUnansweredRound()
    {
        var now = new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);
        Round R(long id, int day, bool open = false) => new()
        {
            Id = id, QuestionId = "q", ChoiceOrder = "ABC", Kind = RoundKind.Daily, LocalDate = new DateOnly(2026, 11, day),
            ClosesAt = open ? now.AddHours(1) : now.AddDays(-1),
        };

        // Newest first: Mon 30 (open, not yet answered), Fri 27, Thu 26, Wed 25 (missed), Tue 24, Mon 23; no weekend rounds.
        var rounds = new[] { R(6, 30, open: true), R(5, 27), R(4, 26), R(3, 25), R(2, 24), R(1, 23) };

        var (current, longest) = StreakCalculator.Compute(rounds, new HashSet<long> { 5, 4, 2, 1 }, now);

        Assert.Equal(2, current);
        Assert.Equal(2, longest);
        Assert.Equal((3, 3), StreakCalculator.Compute(rounds, new HashSet<long> { 6, 5, 4, 2 }, now));
    }

    [Fact]
    public void Readiness_WeightsDomainAccuracyOnTheThousandScale()
    {
        var exam = TestBank.Exams.Find("AIF-C01")!;
        var domains = exam.Domains.Select(d => new DomainStatView(d.Number, d.Name, d.WeightPercent, 10, d.Number <= 3 ? 10 : 5, d.Number <= 3 ? 1.0 : 0.5)).ToList();

        // 20+24+28 at 100% and 14+14 at 50%: (72 + 14) / 100 → 860.
        Assert.Equal(860, StatsService.Readiness(domains));
    }

    [Fact]
    public async Task Stats_FewerThanTwentyAnswers_ShowNoReadiness()
    {
        var channel = await _fx.ChannelAsync();
        var rounds = new List<Round>();
        for (var i = 0; i < 20; i++)
        {
            rounds.Add(await DailyAsync(channel, new DateOnly(2026, 10, 1).AddDays(i), i % 2 == 0 ? "t-multi" : "t-easy"));
        }

        foreach (var r in rounds.Take(19))
        {
            await AnswerAsync(r, "jo", true);
        }

        var jo = (await _fx.Stores.Members.FindMemberAsync(Platform.Discord, "jo", CancellationToken.None))!;
        var sut = _fx.Get<StatsService>();
        var before = (await sut.GetAsync(jo, "UTC", CancellationToken.None)).Exams.Single(e => e.Exam == "AIF-C01");
        await AnswerAsync(rounds[19], "jo", false);
        var after = (await sut.GetAsync(jo, "UTC", CancellationToken.None)).Exams.Single(e => e.Exam == "AIF-C01");

        Assert.Null(before.Readiness);
        Assert.Equal(20, after.Answered);
        // D1: 10/10, D2: 9/10 (the last one wrong), D3-D5 unanswered → (20 * 1.0 + 24 * 0.9) / 100 = 416.
        Assert.Equal(416, after.Readiness);
        Assert.Equal(2, after.Weakest!.Domain);
    }
}
