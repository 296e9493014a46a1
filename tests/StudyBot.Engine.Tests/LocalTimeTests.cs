namespace StudyBot.Engine.Tests;

public sealed class LocalTimeTests
{
    [Theory]
    [InlineData("Europe/Berlin", 2026, 3, 27, 8)]   // Friday before the switch: CET, 09:00 = 08:00 UTC
    [InlineData("Europe/Berlin", 2026, 3, 30, 7)]   // Monday after the last Sunday of March: CEST, 09:00 = 07:00 UTC
    [InlineData("Europe/Berlin", 2026, 10, 23, 7)]
    [InlineData("Europe/Berlin", 2026, 10, 26, 8)]  // after the last Sunday of October: back to CET
    [InlineData("America/New_York", 2026, 3, 6, 14)]
    [InlineData("America/New_York", 2026, 3, 9, 13)]
    [InlineData("America/New_York", 2026, 10, 30, 13)]
    [InlineData("America/New_York", 2026, 11, 2, 14)]
    public void PostInstant_NineLocal_StaysNineAcrossDst(string zone, int y, int m, int d, int utcHour)
    {
        var channel = new Channel { ExternalId = "c", TimeZone = zone, PostMinuteOfDay = 9 * 60 };

        var instant = DailySchedule.PostInstant(channel, new DateOnly(y, m, d));

        Assert.Equal(new DateTimeOffset(y, m, d, utcHour, 0, 0, TimeSpan.Zero), instant);
        Assert.Equal("09:00", LocalTime.FormatClock(instant, zone));
    }

    [Fact]
    public void DueDate_OnlyOnPostingDaysBetweenPostAndReveal()
    {
        var channel = new Channel { ExternalId = "c", TimeZone = "Europe/Berlin", PostMinuteOfDay = 9 * 60, DailyEnabled = true, RevealAfterMinutes = 480 };

        Assert.Null(DailySchedule.DueDate(channel, new DateTimeOffset(2026, 11, 23, 7, 59, 0, TimeSpan.Zero)));   // 08:59 Berlin
        Assert.Equal(new DateOnly(2026, 11, 23), DailySchedule.DueDate(channel, new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 11, 23), DailySchedule.DueDate(channel, new DateTimeOffset(2026, 11, 23, 15, 59, 0, TimeSpan.Zero)));
        Assert.Null(DailySchedule.DueDate(channel, new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.Zero)));   // reveal time: skip
        Assert.Null(DailySchedule.DueDate(channel, new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero)));   // Saturday
        Assert.Null(DailySchedule.DueDate(channel with { Paused = true }, new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("mon,wed,fri", "mon,wed,fri")]
    [InlineData("Friday Monday", "mon,fri")]
    [InlineData("weekdays", "weekdays")]
    [InlineData("mon-fri", "weekdays")]
    [InlineData("monday-friday", "weekdays")]
    [InlineData("mon,tue,wed,thu,fri", "weekdays")]
    [InlineData("tue-thu", "tue,wed,thu")]
    [InlineData("fri-mon", "mon,fri,sat,sun")]
    [InlineData("daily", "daily")]
    [InlineData("every-day", "daily")]
    [InlineData("weekends", "weekends")]
    public void Weekdays_ReadsWhatPeopleType(string input, string expected)
    {
        Assert.True(Vocabulary.TryWeekdays(input, out var days));
        Assert.Equal(expected, Vocabulary.Word(days));
    }

    [Theory]
    [InlineData("funday")]
    [InlineData("mon-funday")]
    [InlineData("")]
    public void Weekdays_UnknownWord_IsRefused(string input) => Assert.False(Vocabulary.TryWeekdays(input, out _));
}
