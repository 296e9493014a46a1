namespace StudyBot.Engine.Tests;

/// <summary>A daily post the platform refuses: the admin is told, and it is tried again until the reveal time, once posted.</summary>
public sealed class DailyPostRetryTests
{
    private static readonly Actor Admin = EngineFixture.Actor("u-admin", "Admin", admin: true);

    private readonly EngineFixture _fx = new();

    [Fact]
    public void RetryAt_EachAttempt_WaitsTwiceAsLongUpToHalfAnHourAndStopsBeforeTheReveal()
    {
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var round = new Round { QuestionId = "q", ChoiceOrder = "AB", ClosesAt = now.AddHours(2) };

        var waits = Enumerable.Range(1, 7).Select(a => DailySchedule.RetryAt(round, a, now) - now).ToList();
        var late = DailySchedule.RetryAt(round, 1, round.ClosesAt.AddSeconds(-30));

        Assert.Equal(new TimeSpan?[] { TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(16), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30) }, waits);
        Assert.Null(late);
    }

    [Fact]
    public async Task PostNow_PlatformRefusesTwice_SaysSoThenPostsOnceOnTheThirdTry()
    {
        var channel = await _fx.ChannelAsync();
        _fx.Publisher.RefuseNext = 2;
        var start = _fx.Time.GetUtcNow();

        var notice = await PostNowAsync();
        var retry = Assert.Single(notice.Text.Parts.OfType<TimePart>());
        await AdvanceUntilAsync(() => _fx.Publisher.Rounds.Count == 1);
        _fx.Time.Advance(TimeSpan.FromHours(1));
        await Task.Delay(100);

        Assert.Equal(NoticeKind.Failed, notice.Kind);
        Assert.Contains("was not posted: Discord refused it", EngineFixture.Say(notice.Text), StringComparison.Ordinal);
        Assert.Equal(start.AddMinutes(1), retry.Instant);
        Assert.Equal(3, _fx.Publisher.Attempts.Count);
        Assert.InRange(_fx.Publisher.Attempts[1] - start, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1) + Step);
        Assert.InRange(_fx.Publisher.Attempts[2] - start, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(3) + (2 * Step));
        Assert.Single(_fx.Publisher.Rounds);
        var round = await _fx.Stores.Rounds.FindLatestDailyRoundAsync(channel.Id, CancellationToken.None);
        Assert.NotNull(round?.MessageRef);
    }

    [Fact]
    public async Task PostNow_PlatformRefusesEveryTry_StopsTryingAtTheRevealTime()
    {
        await _fx.ChannelAsync(revealAfter: 20);
        _fx.Publisher.RefuseNext = int.MaxValue;
        var start = _fx.Time.GetUtcNow();

        var notice = await PostNowAsync();
        await AdvanceUntilAsync(() => _fx.Time.GetUtcNow() >= start.AddMinutes(40));

        // Tries at 0, 1, 3, 7 and 15 minutes; the next (31) would come after the reveal at 20.
        Assert.Equal(NoticeKind.Failed, notice.Kind);
        Assert.Equal(5, _fx.Publisher.Attempts.Count);
        Assert.All(_fx.Publisher.Attempts, a => Assert.True(a < start.AddMinutes(20), $"tried at {a:o}"));
        Assert.Empty(_fx.Publisher.Rounds);
    }

    [Fact]
    public async Task PostNow_AlreadyPosted_SaysSoAndDoesNotPostTwice()
    {
        await _fx.ChannelAsync();

        var first = await PostNowAsync();
        var second = await PostNowAsync();

        Assert.Equal(NoticeKind.Done, first.Kind);
        Assert.Equal("Today's question is posted.", EngineFixture.Say(first.Text));
        Assert.Equal(NoticeKind.Info, second.Kind);
        Assert.Contains("already posted", EngineFixture.Say(second.Text), StringComparison.Ordinal);
        Assert.Single(_fx.Publisher.Rounds);
    }

    private static readonly TimeSpan Step = TimeSpan.FromSeconds(5);

    private async Task<Notice> PostNowAsync()
    {
        var result = await _fx.Get<CommandRouter>().RunAsync(Admin, CommandParser.ParseText("setup post-now").Invocation!, CancellationToken.None);
        return Assert.IsType<NoticeResult>(result).Notice;
    }

    /// <summary>Moves the clock on in small steps, letting the background retries run, until <paramref name="done"/>.</summary>
    private async Task AdvanceUntilAsync(Func<bool> done)
    {
        for (var i = 0; i < 2000 && !done(); i++)
        {
            _fx.Time.Advance(Step);
            await Task.Delay(5);
        }

        Assert.True(done(), "the condition did not hold in time");
    }
}
