using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace StudyBot.Data.Configurations;

/// <summary>
/// How typed members are kept in the columns the schema has always had, as comma-separated text: weekdays as
/// <c>mon,tue,wed,thu,fri</c> (in order from Sunday, as written since the first version), answer keys as <c>A,C</c>,
/// question ids as <c>q1,q2</c>, admins as <c>id1,id2</c> (in the order added). The EF configurations and the hand-written
/// SQL both use these.
/// </summary>
internal static class ColumnFormats
{
    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static ValueConverter<Weekdays, string> Days { get; } = new(d => FormatDays(d), s => ParseDays(s));

    public static ValueConverter<IReadOnlyList<string>, string> List { get; } = new(l => Join(l), s => Split(s));

    public static ValueConverter<IReadOnlySet<string>, string> Set { get; } = new(s => Join(s), s => SplitSet(s));

    public static ValueComparer<IReadOnlyList<string>> ListComparer { get; } = new(
        (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
        l => l.Aggregate(0, (h, s) => HashCode.Combine(h, s)),
        l => Split(Join(l)));

    public static ValueComparer<IReadOnlySet<string>> SetComparer { get; } = new(
        (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
        s => s.Aggregate(0, (h, x) => HashCode.Combine(h, x)),
        s => SplitSet(Join(s)));

    public static string FormatDays(Weekdays days) =>
        string.Join(',', Enumerable.Range(0, 7).Where(i => days.Includes((DayOfWeek)i)).Select(i => DayNames[i]));

    public static Weekdays ParseDays(string text)
    {
        var days = Weekdays.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var index = Array.IndexOf(DayNames, part.ToLowerInvariant());
            if (index >= 0)
            {
                days |= (Weekdays)(1 << index);
            }
        }

        return days;
    }

    public static string Join(IEnumerable<string> values) => string.Join(',', values);

    public static IReadOnlyList<string> Split(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static IReadOnlySet<string> SplitSet(string text) => new HashSet<string>(Split(text), StringComparer.Ordinal);
}
