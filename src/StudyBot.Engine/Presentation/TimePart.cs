namespace StudyBot.Engine.Presentation;

/// <summary>
/// An instant in prose. Adapters write it so each reader sees it in a way they can place: Discord's timestamp markup
/// (each reader's own local time), elsewhere the time in <see cref="Zone"/> with the zone named.
/// </summary>
public sealed record TimePart(DateTimeOffset Instant, string Zone, TimeStyle Style = TimeStyle.Clock) : TextPart;

public enum TimeStyle
{
    /// <summary>A time of day ("17:00").</summary>
    Clock,

    /// <summary>A date and time ("Tue 3 Dec, 17:00").</summary>
    DateTime,

    /// <summary>How far away ("in 2 hours").</summary>
    Relative,
}
