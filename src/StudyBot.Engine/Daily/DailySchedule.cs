namespace StudyBot.Engine.Daily;

/// <summary>When a channel's daily question is due, in its own zone and on its own weekdays.</summary>
public static class DailySchedule
{
    public static bool IsPostingDay(Channel channel, DateOnly localDate) => channel.Days.Includes(localDate.DayOfWeek);

    /// <summary>The instant of the post on a local date.</summary>
    public static DateTimeOffset PostInstant(Channel channel, DateOnly localDate) =>
        LocalTime.ToInstant(localDate, channel.PostMinuteOfDay, channel.TimeZone);

    /// <summary>
    /// The local date whose post is due at <paramref name="now"/>: today's post when its time has come, and the
    /// reveal has not (a missed post goes out late only while still before the reveal); otherwise null.
    /// </summary>
    public static DateOnly? DueDate(Channel channel, DateTimeOffset now)
    {
        if (!channel.Active || !channel.DailyEnabled || channel.Paused)
        {
            return null;
        }

        var today = LocalTime.LocalDate(now, channel.TimeZone);
        foreach (var date in new[] { today, today.AddDays(-1) })
        {
            if (!IsPostingDay(channel, date))
            {
                continue;
            }

            var post = PostInstant(channel, date);
            if (now >= post && now < post.AddMinutes(channel.RevealAfterMinutes))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The next post instant strictly after <paramref name="after"/>.</summary>
    public static DateTimeOffset? NextPost(Channel channel, DateTimeOffset after)
    {
        var date = LocalTime.LocalDate(after, channel.TimeZone).AddDays(-1);
        for (var i = 0; i < 9; i++, date = date.AddDays(1))
        {
            if (IsPostingDay(channel, date) && PostInstant(channel, date) > after)
            {
                return PostInstant(channel, date);
            }
        }

        return null;
    }

    /// <summary>The wait before the first retry of a refused post; it doubles with each attempt up to <see cref="RetryMaxDelay"/>.</summary>
    public static readonly TimeSpan RetryFirstDelay = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan RetryMaxDelay = TimeSpan.FromMinutes(30);

    /// <summary>
    /// When to try a refused post again after its <paramref name="attempt"/>-th try failed at <paramref name="now"/>: 1, 2,
    /// 4 … minutes later, at most 30; null once that would reach the round's reveal time, as a question posted after its
    /// answer is no question.
    /// </summary>
    public static DateTimeOffset? RetryAt(Round round, int attempt, DateTimeOffset now)
    {
        var doublings = Math.Clamp(attempt - 1, 0, 10);
        var delay = TimeSpan.FromTicks(Math.Min(RetryFirstDelay.Ticks << doublings, RetryMaxDelay.Ticks));
        var at = now + delay;
        return at < round.ClosesAt ? at : null;
    }

    public static string FormatTime(int minuteOfDay) => $"{minuteOfDay / 60:00}:{minuteOfDay % 60:00}";
}
