namespace StudyBot.Engine.Model;

public static class WeekdaysExtensions
{
    public static bool Includes(this Weekdays days, DayOfWeek day) => (days & (Weekdays)(1 << (int)day)) != 0;

    /// <summary>The days in calendar order from Monday.</summary>
    public static IReadOnlyList<DayOfWeek> Days(this Weekdays days) =>
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday }
            .Where(d => days.Includes(d))];
}
