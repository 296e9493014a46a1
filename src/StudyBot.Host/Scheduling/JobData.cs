using System.Globalization;
using Quartz;

namespace StudyBot.Host.Scheduling;

/// <summary>Reads job data whichever way the store's serializer gave it back (number, string).</summary>
internal static class JobData
{
    public static long GetLong(IJobExecutionContext context, string key) =>
        Convert.ToInt64(context.MergedJobDataMap[key], CultureInfo.InvariantCulture);

    public static bool GetFlag(IJobExecutionContext context, string key) =>
        context.MergedJobDataMap.TryGetValue(key, out var value) && value is not null && Convert.ToBoolean(value, CultureInfo.InvariantCulture);
}
