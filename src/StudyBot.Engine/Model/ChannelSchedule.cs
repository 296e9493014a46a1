namespace StudyBot.Engine.Model;

/// <summary>A channel's daily-question settings, saved together (see <see cref="Setup.IChannelStore.SaveScheduleAsync"/>).</summary>
public sealed record ChannelSchedule(
    bool DailyEnabled,
    bool Paused,
    int PostMinuteOfDay,
    string TimeZone,
    Weekdays Days,
    string? Exam,
    int RevealAfterMinutes)
{
    public static ChannelSchedule Default { get; } = new(false, false, 9 * 60, "UTC", Weekdays.MondayToFriday, null, 480);
}
