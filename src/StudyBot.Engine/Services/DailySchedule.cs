using StudyBot.Engine.Model;

namespace StudyBot.Engine.Services;

/// <summary>When a channel's daily question is due, in its own zone and on its own weekdays.</summary>
public static class DailySchedule
{
    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static IReadOnlySet<DayOfWeek> ParseDays(string days) =>
        days.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => Array.IndexOf(DayNames, d.ToLowerInvariant()))
            .Where(i => i >= 0)
            .Select(i => (DayOfWeek)i)
            .ToHashSet();

    /// <summary>Normalizes input like <c>mon,wed,fri</c>, <c>weekdays</c>, <c>daily</c>; null when it names no day or an unknown one.</summary>
    public static string? NormalizeDays(string? input)
    {
        var text = input?.Trim().ToLowerInvariant();
        switch (text)
        {
            case null or "" or "weekdays":
                return Channel.DefaultDays;
            case "daily" or "everyday" or "every day" or "all":
                return "sun,mon,tue,wed,thu,fri,sat";
            case "weekends" or "weekend":
                return "sun,sat";
        }

        var parts = text.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries);
        var found = new HashSet<int>();
        foreach (var part in parts)
        {
            var index = Array.FindIndex(DayNames, d => part.StartsWith(d, StringComparison.Ordinal) && (part.Length == 3 || FullName(d).StartsWith(part, StringComparison.Ordinal)));
            if (index < 0)
            {
                return null;
            }

            found.Add(index);
        }

        return found.Count == 0 ? null : string.Join(',', found.Order().Select(i => DayNames[i]));
    }

    private static string FullName(string shortName) => Enum.GetNames<DayOfWeek>()
        .First(n => n.StartsWith(shortName, StringComparison.OrdinalIgnoreCase)).ToLowerInvariant();

    public static bool IsPostingDay(Channel channel, DateOnly localDate) => ParseDays(channel.Days).Contains(localDate.DayOfWeek);

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

    public static string FormatTime(int minuteOfDay) => $"{minuteOfDay / 60:00}:{minuteOfDay % 60:00}";
}
