namespace StudyBot.Engine.Common;

/// <summary>Conversions between instants and a channel's or community's IANA zone.</summary>
public static class LocalTime
{
    public static bool TryFindZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }

    public static TimeZoneInfo Zone(string? id) => TryFindZone(id, out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTimeOffset ToLocal(DateTimeOffset instant, string? zoneId) => TimeZoneInfo.ConvertTime(instant, Zone(zoneId));

    public static DateOnly LocalDate(DateTimeOffset instant, string? zoneId) => DateOnly.FromDateTime(ToLocal(instant, zoneId).DateTime);

    /// <summary>The instant a local wall-clock time occurs; a time skipped by DST moves forward, a repeated one takes the first.</summary>
    public static DateTimeOffset ToInstant(DateOnly date, int minuteOfDay, string? zoneId)
    {
        var zone = Zone(zoneId);
        var local = date.ToDateTime(TimeOnly.MinValue).AddMinutes(minuteOfDay);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>Start of the local day (00:00, or the first valid moment after it) that holds the instant.</summary>
    public static DateTimeOffset DayStart(DateTimeOffset instant, string? zoneId) => ToInstant(LocalDate(instant, zoneId), 0, zoneId);

    /// <summary>Start of the ISO week (Monday 00:00 local) that holds the instant.</summary>
    public static DateTimeOffset WeekStart(DateTimeOffset instant, string? zoneId)
    {
        var date = LocalDate(instant, zoneId);
        var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
        return ToInstant(monday, 0, zoneId);
    }

    public static DateTimeOffset MonthStart(DateTimeOffset instant, string? zoneId)
    {
        var date = LocalDate(instant, zoneId);
        return ToInstant(new DateOnly(date.Year, date.Month, 1), 0, zoneId);
    }

    public static string FormatClock(DateTimeOffset instant, string? zoneId) =>
        ToLocal(instant, zoneId).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// An instant worded for a surface without timestamp markup, always naming the zone: "17:00 Europe/Berlin",
    /// "Tue 3 Dec 17:00 UTC".
    /// </summary>
    public static string Describe(TimePart time)
    {
        var local = ToLocal(time.Instant, time.Zone);
        var zone = string.IsNullOrWhiteSpace(time.Zone) ? "UTC" : time.Zone;
        return time.Style switch
        {
            TimeStyle.DateTime => $"{local.ToString("ddd d MMM HH:mm", System.Globalization.CultureInfo.InvariantCulture)} {zone}",
            _ => $"{local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)} {zone}",
        };
    }
}
