using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace StudyBot.Engine.Tests.Review;

/// <summary>The daily reminder: at the member's local time, once a day, not when nothing is due, across DST.</summary>
public sealed class ReviewReminderTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 3, 26, 6, 0, 0, TimeSpan.Zero));
    private readonly FakeStores _stores;
    private readonly Notifier _notifier = new();

    public ReviewReminderTests() => _stores = new FakeStores(_time);

    private ReviewReminderService Sut() => new(_stores.Reviews, Sync(_stores, _time), _stores.Members, [_notifier], _time, NullLogger<ReviewReminderService>.Instance);

    private static ReviewService Sync(FakeStores stores, TimeProvider time) => new(stores.Reviews, stores.Answers, stores.Rounds, stores.Quizzes, time, NullLogger<ReviewService>.Instance);

    private async Task<Member> MemberWithDueCardAsync(TimeOnly at, string zone = "Europe/Berlin")
    {
        var member = await _stores.Members.EnsureMemberAsync(Platform.Discord, "111", "Ana", None);
        await _stores.Reviews.TrySaveReviewAsync(new DeckCard(member.Id, "t-single", new ReviewCard(ReviewCardState.Review, 2, 5, _time.GetUtcNow().AddDays(-1), _time.GetUtcNow().AddDays(-3), 2, 1, 0)),
            0, new ReviewEvent(member.Id, "t-single", _time.GetUtcNow().AddDays(-3), ReviewRating.Good, 0, ReviewSource.Daily), None);
        await _stores.Reviews.SaveSettingsAsync(ReviewSettings.Default(member.Id) with { RemindAt = at, TimeZone = zone }, None);
        return member;
    }

    [Fact]
    public async Task SendDue_AtTheLocalTime_OnceADay()
    {
        await MemberWithDueCardAsync(new TimeOnly(8, 0));
        var sut = Sut();

        _time.SetUtcNow(new DateTimeOffset(2027, 3, 26, 6, 59, 0, TimeSpan.Zero)); // 07:59 in Berlin (UTC+1)
        var early = await sut.SendDueAsync(None);
        _time.SetUtcNow(new DateTimeOffset(2027, 3, 26, 7, 0, 0, TimeSpan.Zero));
        var onTime = await sut.SendDueAsync(None);
        _time.Advance(TimeSpan.FromMinutes(1));
        var again = await sut.SendDueAsync(None);
        _time.Advance(TimeSpan.FromHours(10));
        var evening = await sut.SendDueAsync(None);

        Assert.Equal([0, 1, 0, 0], new[] { early, onTime, again, evening });
        var (member, text) = Assert.Single(_notifier.Sent);
        Assert.Equal("111", member.ExternalId);
        Assert.Equal("1 review is due (1 overdue). Start with review; turn these off with review remind off.", text.Render(CommandParser.Format));
    }

    [Fact]
    public async Task SendDue_AfterTheClocksGoForward_StillAtEightLocal()
    {
        await MemberWithDueCardAsync(new TimeOnly(8, 0));
        var sut = Sut();

        // Sunday 28 March 2027: Berlin moves to UTC+2, so 08:00 local is 06:00 UTC.
        _time.SetUtcNow(new DateTimeOffset(2027, 3, 28, 5, 59, 0, TimeSpan.Zero));
        var before = await sut.SendDueAsync(None);
        _time.SetUtcNow(new DateTimeOffset(2027, 3, 28, 6, 0, 0, TimeSpan.Zero));
        var at = await sut.SendDueAsync(None);

        Assert.Equal([0, 1], new[] { before, at });
    }

    [Fact]
    public async Task SendDue_NothingDue_SendsNothing_AndLaterThatDayItCan()
    {
        var member = await _stores.Members.EnsureMemberAsync(Platform.Discord, "111", "Ana", None);
        await _stores.Reviews.SaveSettingsAsync(ReviewSettings.Default(member.Id) with { RemindAt = new TimeOnly(8, 0), TimeZone = "UTC" }, None);
        var sut = Sut();
        _time.SetUtcNow(new DateTimeOffset(2027, 3, 26, 8, 0, 0, TimeSpan.Zero));

        var none = await sut.SendDueAsync(None);
        await _stores.Reviews.TrySaveReviewAsync(new DeckCard(member.Id, "t-single", ReviewCard.New(_time.GetUtcNow()) with { Reps = 1, State = ReviewCardState.Review }), 0,
            new ReviewEvent(member.Id, "t-single", _time.GetUtcNow(), ReviewRating.Again, 0, ReviewSource.Daily), None);
        _time.Advance(TimeSpan.FromMinutes(1));
        var later = await sut.SendDueAsync(None);

        Assert.Equal([0, 1], new[] { none, later });
    }

    [Fact]
    public async Task Set_OnAndOff_AndATimeIsNeeded()
    {
        var fx = new EngineFixture();
        var sut = new ReviewReminderService(fx.Stores.Reviews, Sync(fx.Stores, fx.Time), fx.Stores.Members, [_notifier], fx.Time, NullLogger<ReviewReminderService>.Instance);
        var context = await fx.Get<ActorResolver>().ResolveAsync(EngineFixture.Actor("u-ana", "Ana", kind: PlaceKind.Personal), None);

        var on = await sut.SetAsync(context, new TimeOnly(7, 30), "Europe/Berlin", off: false, None);
        var saved = await fx.Stores.Reviews.GetSettingsAsync(context.Member.Id, None);
        var noTime = await sut.SetAsync(context, null, null, off: false, None);
        var off = await sut.SetAsync(context, null, null, off: true, None);

        Assert.Equal(NoticeKind.Done, on.Kind);
        Assert.Contains("Each day at 07:30 (Europe/Berlin)", EngineFixture.Say(on.Text), StringComparison.Ordinal);
        Assert.Equal((new TimeOnly(7, 30), "Europe/Berlin"), (saved.RemindAt, saved.TimeZone));
        Assert.Equal(NoticeKind.Invalid, noTime.Kind);
        Assert.Equal(NoticeKind.Done, off.Kind);
        Assert.Null((await fx.Stores.Reviews.GetSettingsAsync(context.Member.Id, None)).RemindAt);
    }

    [Fact]
    public async Task Set_OnAPlatformWithoutPrivateMessages_SaysSo_AndSavesNothing()
    {
        var fx = new EngineFixture();
        var context = await fx.Get<ActorResolver>().ResolveAsync(EngineFixture.Actor("u-ana", "Ana", Platform.Teams, kind: PlaceKind.Personal), None);

        var result = await fx.Get<CommandRouter>().RunAsync(context.Actor, CommandParser.ParseText("review remind 08:00").Invocation!, None);

        Assert.Equal(NoticeKind.Invalid, Assert.IsType<NoticeResult>(result).Notice.Kind);
        Assert.Null((await fx.Stores.Reviews.GetSettingsAsync(context.Member.Id, None)).RemindAt);
    }

    private sealed class Notifier : IMemberNotifier
    {
        public List<(Member Member, Text Text)> Sent { get; } = [];

        public Platform Platform => Platform.Discord;

        public Task<bool> NotifyAsync(Member member, Text text, CancellationToken cancellationToken)
        {
            Sent.Add((member, text));
            return Task.FromResult(true);
        }
    }
}
