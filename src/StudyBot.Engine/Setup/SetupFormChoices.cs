namespace StudyBot.Engine.Setup;

/// <summary>
/// What a setup form offers besides free input: common time zones to pick from (the team's own first), day presets, reveal
/// delays in hours, and the reveal as a time of day turned into the delay the schedule keeps.
/// </summary>
public static class SetupFormChoices
{
    /// <summary>Zones most study teams are in, west to east; any other IANA zone can still be typed.</summary>
    public static IReadOnlyList<string> CommonZones { get; } =
    [
        "UTC",
        "America/Los_Angeles", "America/Denver", "America/Chicago", "America/New_York", "America/Toronto", "America/Mexico_City",
        "America/Bogota", "America/Sao_Paulo", "America/Argentina/Buenos_Aires",
        "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Madrid", "Europe/Paris", "Europe/Amsterdam", "Europe/Brussels",
        "Europe/Berlin", "Europe/Zurich", "Europe/Rome", "Europe/Stockholm", "Europe/Warsaw", "Europe/Prague", "Europe/Vienna",
        "Europe/Athens", "Europe/Helsinki", "Europe/Bucharest", "Europe/Istanbul", "Africa/Lagos", "Africa/Cairo", "Africa/Johannesburg",
        "Africa/Nairobi", "Asia/Dubai", "Asia/Karachi", "Asia/Kolkata", "Asia/Dhaka", "Asia/Bangkok", "Asia/Jakarta", "Asia/Singapore",
        "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Manila", "Asia/Seoul", "Asia/Tokyo", "Australia/Perth", "Australia/Brisbane",
        "Australia/Sydney", "Pacific/Auckland",
    ];

    /// <summary>Reveal delays offered in whole hours (each within the allowed range).</summary>
    public static IReadOnlyList<int> RevealHours { get; } = [1, 2, 3, 4, 6, 8, 10, 12];

    /// <summary>The zone a form starts with: the channel's once it is set up, else the one its team uses.</summary>
    public static string ZoneFor(Channel channel, Community? community) =>
        channel.DailyEnabled || community is null ? channel.TimeZone : community.TimeZone;

    /// <summary>The zones a form offers: the given one (the team's) first, then the common ones.</summary>
    public static IReadOnlyList<string> ZonesWith(string zone) => [zone, .. CommonZones.Where(z => z != zone)];

    /// <summary>
    /// The delay from the post to a reveal at a local time of day: the next such time after the post (a reveal "at 09:00"
    /// for a post at 17:00 is the next morning). 0 when both are the same time, which the delay's range refuses.
    /// </summary>
    public static int RevealMinutesAt(int postMinuteOfDay, int revealMinuteOfDay) =>
        ((revealMinuteOfDay - postMinuteOfDay) % (24 * 60) + 24 * 60) % (24 * 60);
}
