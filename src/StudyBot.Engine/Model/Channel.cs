namespace StudyBot.Engine.Model;

/// <summary>A channel (Discord) or conversation (Teams) with its daily-question settings.</summary>
public sealed class Channel
{
    public const int DefaultRevealAfterMinutes = 480;
    public const string DefaultDays = "mon,tue,wed,thu,fri";

    public long Id { get; set; }
    public long CommunityId { get; set; }
    public Platform Platform { get; set; }
    public required string ExternalId { get; set; }
    public string Name { get; set; } = string.Empty;

    /// <summary>False once the bot was removed from the channel.</summary>
    public bool Active { get; set; } = true;

    /// <summary>True once an admin set up the daily question.</summary>
    public bool DailyEnabled { get; set; }
    public bool Paused { get; set; }

    /// <summary>Local post time as minutes after midnight.</summary>
    public int PostMinuteOfDay { get; set; } = 9 * 60;
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Comma-separated three-letter weekdays, e.g. <c>mon,tue,wed,thu,fri</c>.</summary>
    public string Days { get; set; } = DefaultDays;

    /// <summary>Exam the daily question is drawn for; null draws from the whole bank.</summary>
    public string? Exam { get; set; }
    public int RevealAfterMinutes { get; set; } = DefaultRevealAfterMinutes;

    /// <summary>Whether personal-quiz answers count on this channel's board.</summary>
    public bool IncludeQuizOnBoard { get; set; }

    /// <summary>What the adapter needs to post here proactively; opaque to the engine.</summary>
    public string? ConversationReference { get; set; }

    /// <summary>Bumped on every settings change so schedulers can tell a stale trigger.</summary>
    public int ScheduleVersion { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
