using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace StudyBot.Engine.Tests.Review;

public sealed class ReviewServiceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly FakeStores _stores;
    private readonly FakeReviewStore _store;

    public ReviewServiceTests()
    {
        _stores = new FakeStores(_time);
        _store = _stores.Reviews;
    }

    private ReviewService Sut() => new(_store, _stores.Answers, _stores.Rounds, _stores.Quizzes, _time, NullLogger<ReviewService>.Instance);

    [Fact]
    public async Task Rate_FirstReview_CreatesTheCard_AgainIsDueSoonerThanGood()
    {
        var sut = Sut();

        Assert.True(await sut.RateAsync(1, "aif-1", ReviewRating.Again, ReviewSource.Daily, _time.GetUtcNow(), null, default));
        Assert.True(await sut.RateAsync(1, "aif-2", ReviewRating.Good, ReviewSource.Quiz, _time.GetUtcNow(), null, default));

        var missed = await _store.FindCardAsync(1, "aif-1", default);
        var known = await _store.FindCardAsync(1, "aif-2", default);
        Assert.NotNull(missed);
        Assert.NotNull(known);
        Assert.True(missed.Memory.Due < known.Memory.Due, $"{missed.Memory.Due:O} vs {known.Memory.Due:O}");
        Assert.Equal([ReviewRating.Again, ReviewRating.Good], _store.Reviews.Select(r => r.Rating));
        Assert.Equal([ReviewSource.Daily, ReviewSource.Quiz], _store.Reviews.Select(r => r.Source));
    }

    [Fact]
    public async Task Rate_LaterReview_CountsElapsedDays_AndReps()
    {
        var sut = Sut();
        await sut.RateAsync(1, "aif-1", ReviewRating.Again, ReviewSource.Daily, _time.GetUtcNow(), null, default);
        _time.Advance(TimeSpan.FromDays(3));

        await sut.RateAsync(1, "aif-1", ReviewRating.Good, ReviewSource.Review, _time.GetUtcNow(), null, default);

        var card = await _store.FindCardAsync(1, "aif-1", default);
        Assert.Equal(2, card!.Memory.Reps);
        Assert.Equal([0, 3], _store.Reviews.Select(r => r.ElapsedDays));
    }

    [Fact]
    public async Task Rate_TwoReviewsFromTheSameReading_OnlyOneIsStored()
    {
        var sut = Sut();
        await sut.RateAsync(1, "aif-1", ReviewRating.Good, ReviewSource.Daily, _time.GetUtcNow(), null, default);
        var read = await _store.FindCardAsync(1, "aif-1", default);
        _time.Advance(TimeSpan.FromDays(2));
        var later = new ReviewEvent(1, "aif-1", _time.GetUtcNow(), ReviewRating.Good, 2, ReviewSource.Review);

        var reviewed = read! with { Memory = read.Memory with { Reps = read.Memory.Reps + 1 } };

        Assert.True(await _store.TrySaveReviewAsync(reviewed, read.Memory.Reps, later, default));
        Assert.False(await _store.TrySaveReviewAsync(reviewed, read.Memory.Reps, later, default));
        Assert.Equal(2, _store.Reviews.Count);
    }

    private async Task<Answer> AnswerAsync(long memberId, string questionId, bool correct)
    {
        var round = (await _stores.Rounds.AddRoundOrGetExistingAsync(new Round
        {
            Kind = RoundKind.Daily,
            ChannelId = 1,
            CommunityId = 1,
            LocalDate = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime).AddDays(_stores.Answers.Answers.Count),
            QuestionId = questionId,
            ChoiceOrder = "ABC",
            OpensAt = _time.GetUtcNow(),
            ClosesAt = _time.GetUtcNow().AddHours(8),
        }, default)).Round;
        var answer = new Answer { RoundId = round.Id, MemberId = memberId, Kind = RoundKind.Daily, ChannelId = 1, CommunityId = 1, QuestionId = questionId, Keys = ["A"], Correct = correct, AnsweredAt = _time.GetUtcNow() };
        Assert.True(await _stores.Answers.TryAddAnswerAsync(answer, default));
        return _stores.Answers.Answers[^1];
    }

    [Fact]
    public async Task Sync_EveryStoredAnswerIsReviewedOnce_AtItsOwnTime_InOrder()
    {
        var sut = Sut();
        await AnswerAsync(1, "aif-1", correct: false);
        var answeredAt = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromDays(2));
        await AnswerAsync(1, "aif-1", correct: true);
        await AnswerAsync(2, "aif-1", correct: true);
        _time.Advance(TimeSpan.FromHours(1));

        var first = await sut.SyncAsync(null, default);
        var again = await sut.SyncAsync(null, default);

        Assert.Equal((3, 0), (first, again));
        Assert.Equal([ReviewRating.Again, ReviewRating.Good, ReviewRating.Good], _store.Reviews.Select(r => r.Rating));
        Assert.Equal(answeredAt, _store.Reviews[0].At);
        Assert.Equal([0, 2, 0], _store.Reviews.Select(r => r.ElapsedDays));
        Assert.Equal(_stores.Answers.Answers.Select(a => (long?)a.Id), _store.Reviews.Select(r => r.AnswerId));
        Assert.Equal(_stores.Answers.Answers[^1].Id, await _store.GetSyncWatermarkAsync(default));
        Assert.Equal(2, (await _store.FindCardAsync(1, "aif-1", default))!.Memory.Reps);
    }

    [Fact]
    public async Task Sync_OneMembersCatchUp_ThenTheGlobalSync_ReviewsEachAnswerOnce()
    {
        var sut = Sut();
        await AnswerAsync(1, "aif-1", correct: false);
        await AnswerAsync(2, "aif-2", correct: true);

        var member = await sut.SyncAsync(2, default);
        var watermark = await _store.GetSyncWatermarkAsync(default);
        var all = await sut.SyncAsync(null, default);

        Assert.Equal((1, 0L, 1), (member, watermark, all));
        Assert.Equal([2L, 1L], _store.Reviews.Select(r => r.MemberId));
        Assert.Single(_store.Reviews, r => r.MemberId == 2);
    }

    [Fact]
    public async Task Rate_WithAnExamDate_NothingIsDueAfterTheDayBefore_AndAfterTheExamSchedulingIsNormal()
    {
        var sut = Sut();
        await _store.SaveSettingsAsync(ReviewSettings.Default(1) with { ExamDate = new DateOnly(2027, 1, 20), ExamCode = "AIF-C01", TimeZone = "Europe/Berlin" }, default);
        var eve = new DateTimeOffset(2027, 1, 19, 23, 0, 0, TimeSpan.Zero); // 23:59:59 on the 19th in Berlin

        for (var i = 0; i < 4; i++)
        {
            await sut.RateAsync(1, "aif-1", ReviewRating.Easy, ReviewSource.Review, _time.GetUtcNow(), null, default);
            var card = (await _store.FindCardAsync(1, "aif-1", default))!.Memory;
            Assert.True(card.Due <= eve, $"review {i}: due {card.Due:O}");
            _time.SetUtcNow(card.Due);
        }

        _time.SetUtcNow(new DateTimeOffset(2027, 1, 21, 9, 0, 0, TimeSpan.Zero));
        await sut.RateAsync(1, "aif-1", ReviewRating.Easy, ReviewSource.Review, _time.GetUtcNow(), null, default);
        var after = (await _store.FindCardAsync(1, "aif-1", default))!.Memory;
        Assert.True(after.ScheduledDays > 14, $"{after.ScheduledDays} d");
    }

    [Fact]
    public async Task LatestDue_IsTheLastSecondOfTheEveInTheMembersZone_AndFinalStretchIsTwoWeeks()
    {
        var sut = Sut();
        var settings = ReviewSettings.Default(1) with { ExamDate = new DateOnly(2027, 1, 15), TimeZone = "America/New_York" };

        Assert.Equal(new DateTimeOffset(2027, 1, 15, 4, 59, 59, TimeSpan.Zero), sut.LatestDue(settings));
        Assert.True(sut.InFinalStretch(settings));
        Assert.False(sut.InFinalStretch(settings with { ExamDate = new DateOnly(2027, 3, 1) }));
        Assert.Null(sut.LatestDue(settings with { ExamDate = new DateOnly(2027, 1, 4) }));
        Assert.Null(sut.LatestDue(ReviewSettings.Default(1)));
    }
}
