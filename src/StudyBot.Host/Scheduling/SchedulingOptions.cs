using System.Globalization;

namespace StudyBot.Host.Scheduling;

/// <summary>The <c>Scheduling</c> section: clustering and when the weekly digest goes out (channel-local).</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>Several hosts share one PostgreSQL database; each trigger fires on one of them.</summary>
    public bool Clustered { get; set; }

    public DayOfWeek DigestDay { get; set; } = DayOfWeek.Friday;

    /// <summary>Local time of the digest, HH:mm.</summary>
    public string DigestTime { get; set; } = "16:00";

    public bool TryGetDigestTime(out TimeOnly time) =>
        TimeOnly.TryParseExact(DigestTime?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public TimeOnly DigestTimeOfDay => TryGetDigestTime(out var time) ? time : new TimeOnly(16, 0);
}
