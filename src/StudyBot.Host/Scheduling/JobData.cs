using System.Globalization;
using Quartz;

namespace StudyBot.Host.Scheduling;

/// <summary>Reads job data whichever way the store's serializer gave it back (number, string).</summary>
internal static class JobData
{
    public static long GetLong(IJobExecutionContext context, string key) =>
        Convert.ToInt64(context.MergedJobDataMap[key], CultureInfo.InvariantCulture);

    /// <summary>The number under <paramref name="key"/>, or null when the trigger carries none.</summary>
    public static int? GetInt(IJobExecutionContext context, string key) =>
        context.MergedJobDataMap.TryGetValue(key, out var value) && value is not null ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : null;

    /// <summary>A date kept as <c>yyyy-MM-dd</c>, or null when the trigger carries none.</summary>
    public static DateOnly? GetDate(IJobExecutionContext context, string key) =>
        context.MergedJobDataMap.TryGetValue(key, out var value) && value is not null
            ? DateOnly.ParseExact(Convert.ToString(value, CultureInfo.InvariantCulture)!, DateFormat, CultureInfo.InvariantCulture)
            : null;

    public const string DateFormat = "yyyy-MM-dd";

    public static bool GetFlag(IJobExecutionContext context, string key) =>
        context.MergedJobDataMap.TryGetValue(key, out var value) && value is not null && Convert.ToBoolean(value, CultureInfo.InvariantCulture);
}
