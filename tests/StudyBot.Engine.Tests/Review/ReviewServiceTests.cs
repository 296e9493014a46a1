using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace StudyBot.Engine.Tests.Review;

public sealed class ReviewServiceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly FakeReviewStore _store = new();

    private ReviewService Sut() => new(_store, _time, NullLogger<ReviewService>.Instance);

    [Fact]
    public async Task RecordAnswer_FirstAnswer_CreatesTheCard_WrongIsAgain_RightIsGood()
    {
        var sut = Sut();

        Assert.True(await sut.RecordAnswerAsync(1, "aif-1", correct: false, ReviewSource.Daily, default));
        Assert.True(await sut.RecordAnswerAsync(1, "aif-2", correct: true, ReviewSource.Quiz, default));

        var missed = await _store.FindCardAsync(1, "aif-1", default);
        var known = await _store.FindCardAsync(1, "aif-2", default);
        Assert.NotNull(missed);
        Assert.NotNull(known);
        Assert.True(missed.Memory.Due < known.Memory.Due, $"{missed.Memory.Due:O} vs {known.Memory.Due:O}");
        Assert.Equal([ReviewRating.Again, ReviewRating.Good], _store.Reviews.Select(r => r.Rating));
        Assert.Equal([ReviewSource.Daily, ReviewSource.Quiz], _store.Reviews.Select(r => r.Source));
    }

    [Fact]
    public async Task RecordAnswer_LaterReview_CountsElapsedDays_AndReps()
    {
        var sut = Sut();
        await sut.RecordAnswerAsync(1, "aif-1", correct: false, ReviewSource.Daily, default);
        _time.Advance(TimeSpan.FromDays(3));

        await sut.RecordAnswerAsync(1, "aif-1", correct: true, ReviewSource.Review, default);

        var card = await _store.FindCardAsync(1, "aif-1", default);
        Assert.Equal(2, card!.Memory.Reps);
        Assert.Equal([0, 3], _store.Reviews.Select(r => r.ElapsedDays));
    }

    [Fact]
    public async Task Rate_TwoReviewsFromTheSameReading_OnlyOneIsStored()
    {
        var sut = Sut();
        await sut.RecordAnswerAsync(1, "aif-1", correct: true, ReviewSource.Daily, default);
        var read = await _store.FindCardAsync(1, "aif-1", default);
        _time.Advance(TimeSpan.FromDays(2));
        var later = new ReviewEvent(1, "aif-1", _time.GetUtcNow(), ReviewRating.Good, 2, ReviewSource.Review);

        var reviewed = read! with { Memory = read.Memory with { Reps = read.Memory.Reps + 1 } };

        Assert.True(await _store.TrySaveReviewAsync(reviewed, read.Memory.Reps, later, default));
        Assert.False(await _store.TrySaveReviewAsync(reviewed, read.Memory.Reps, later, default));
        Assert.Equal(2, _store.Reviews.Count);
    }

    [Fact]
    public async Task Rate_WithAnExamDate_NothingIsDueAfterTheDayBefore_AndAfterTheExamSchedulingIsNormal()
    {
        var sut = Sut();
        await _store.SaveSettingsAsync(ReviewSettings.Default(1) with { ExamDate = new DateOnly(2027, 1, 20), ExamCode = "AIF-C01", TimeZone = "Europe/Berlin" }, default);
        var eve = new DateTimeOffset(2027, 1, 19, 23, 0, 0, TimeSpan.Zero); // 23:59:59 on the 19th in Berlin

        for (var i = 0; i < 4; i++)
        {
            await sut.RateAsync(1, "aif-1", ReviewRating.Easy, ReviewSource.Review, default);
            var card = (await _store.FindCardAsync(1, "aif-1", default))!.Memory;
            Assert.True(card.Due <= eve, $"review {i}: due {card.Due:O}");
            _time.SetUtcNow(card.Due);
        }

        _time.SetUtcNow(new DateTimeOffset(2027, 1, 21, 9, 0, 0, TimeSpan.Zero));
        await sut.RateAsync(1, "aif-1", ReviewRating.Easy, ReviewSource.Review, default);
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
