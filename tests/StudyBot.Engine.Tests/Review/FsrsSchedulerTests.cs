namespace StudyBot.Engine.Tests.Review;

public sealed class FsrsSchedulerTests
{
    private static readonly DateTimeOffset Monday = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Next_NewCard_GoodIsDueLaterThanHardAndAgain_AndEasyLatest()
    {
        var sut = new FsrsScheduler();
        var card = ReviewCard.New(Monday);

        var days = Enum.GetValues<ReviewRating>().Select(r => sut.Next(card, Monday, r).ScheduledDays).ToList();

        Assert.True(days[0] >= 1 && days[0] <= days[1] && days[1] < days[2] && days[2] < days[3], string.Join(", ", days));
    }

    [Fact]
    public void Next_AgainOnAReviewedCard_CountsALapse_AndLowersStability()
    {
        var sut = new FsrsScheduler();
        var learned = sut.Next(sut.Next(ReviewCard.New(Monday), Monday, ReviewRating.Good), Monday.AddDays(3), ReviewRating.Good);

        var lapsed = sut.Next(learned, learned.Due, ReviewRating.Again);

        Assert.Equal(1, lapsed.Lapses);
        Assert.Equal(3, lapsed.Reps);
        Assert.True(lapsed.Stability < learned.Stability, $"{lapsed.Stability} vs {learned.Stability}");
    }

    [Fact]
    public void Next_HigherRetention_GivesShorterIntervals()
    {
        var card = new FsrsScheduler().Next(ReviewCard.New(Monday), Monday, ReviewRating.Easy);

        var at80 = new FsrsScheduler(0.80).Next(card, card.Due, ReviewRating.Good).ScheduledDays;
        var at97 = new FsrsScheduler(0.97).Next(card, card.Due, ReviewRating.Good).ScheduledDays;

        Assert.True(at97 < at80, $"0.97 → {at97} d, 0.80 → {at80} d");
    }

    [Fact]
    public void Next_WithAnExamCap_NeverDueAfterIt()
    {
        var sut = new FsrsScheduler();
        var card = sut.Next(ReviewCard.New(Monday), Monday, ReviewRating.Easy);
        var dayBeforeExam = Monday.AddDays(10);

        var uncapped = sut.Next(card, card.Due, ReviewRating.Easy);
        var capped = sut.Next(card, card.Due, ReviewRating.Easy, dayBeforeExam);
        var onTheEve = sut.Next(card, dayBeforeExam.AddHours(-2), ReviewRating.Easy, dayBeforeExam);

        Assert.True(uncapped.Due > dayBeforeExam);
        Assert.True(capped.Due <= dayBeforeExam, capped.Due.ToString("O"));
        Assert.Equal((int)Math.Floor((dayBeforeExam - card.Due).TotalDays), capped.ScheduledDays);
        Assert.Equal(uncapped.Stability, capped.Stability);
        Assert.Equal(0, onTheEve.ScheduledDays);
        Assert.Equal(dayBeforeExam, onTheEve.Due);
    }

    [Fact]
    public void Next_BeforeTheLastReview_IsRefused()
    {
        var sut = new FsrsScheduler();
        var card = sut.Next(ReviewCard.New(Monday), Monday, ReviewRating.Good);

        Assert.Throws<ArgumentException>(() => sut.Next(card, Monday.AddDays(-1), ReviewRating.Good));
        Assert.Throws<ArgumentOutOfRangeException>(() => sut.Next(card, Monday, (ReviewRating)0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FsrsScheduler(1.5));
    }

    [Fact]
    public void Retrievability_IsNinetyPercentAfterStabilityDays()
    {
        var sut = new FsrsScheduler();

        Assert.Equal(0.9, sut.Retrievability(12.5, 12.5), 6);
        Assert.Equal(1.0, sut.Retrievability(12.5, 0), 6);
        Assert.True(sut.Retrievability(12.5, 40) < 0.9);
    }
}
