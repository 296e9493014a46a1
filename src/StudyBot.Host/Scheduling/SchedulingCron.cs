using System.Globalization;

namespace StudyBot.Host.Scheduling;

/// <summary>Quartz cron expressions for a channel's post and digest, read in the channel's own zone.</summary>
public static class SchedulingCron
{
    /// <summary>E.g. <c>0 0 9 ? * MON,TUE,WED,THU,FRI</c> for 09:00 on weekdays.</summary>
    public static string Post(Channel channel)
    {
        var days = channel.Days.Days().OrderBy(d => (int)d).Select(Day);
        return string.Create(CultureInfo.InvariantCulture, $"0 {channel.PostMinuteOfDay % 60} {channel.PostMinuteOfDay / 60} ? * {string.Join(',', days)}");
    }

    public static string Digest(DayOfWeek day, TimeOnly time) =>
        string.Create(CultureInfo.InvariantCulture, $"0 {time.Minute} {time.Hour} ? * {Day(day)}");

    private static string Day(DayOfWeek day) => day.ToString()[..3].ToUpperInvariant();
}
