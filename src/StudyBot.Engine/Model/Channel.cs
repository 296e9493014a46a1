namespace StudyBot.Engine.Model;

/// <summary>A channel (Discord) or conversation (Teams) with its daily-question settings.</summary>
public sealed record Channel
{
    public long Id { get; init; }
    public long CommunityId { get; init; }
    public Platform Platform { get; init; }
    public required string ExternalId { get; init; }
    public string Name { get; init; } = string.Empty;

    /// <summary>False once the bot was removed from the channel.</summary>
    public bool Active { get; init; } = true;

    /// <summary>True once an admin set up the daily question.</summary>
    public bool DailyEnabled { get; init; }
    public bool Paused { get; init; }

    /// <summary>Local post time as minutes after midnight.</summary>
    public int PostMinuteOfDay { get; init; } = ChannelSchedule.Default.PostMinuteOfDay;
    public string TimeZone { get; init; } = ChannelSchedule.Default.TimeZone;
    public Weekdays Days { get; init; } = ChannelSchedule.Default.Days;

    /// <summary>Exam the daily question is drawn for; null draws from the whole bank (active exams).</summary>
    public string? Exam { get; init; }
    public int RevealAfterMinutes { get; init; } = ChannelSchedule.Default.RevealAfterMinutes;

    /// <summary>Whether personal-quiz answers count on this channel's board.</summary>
    public bool IncludeQuizOnBoard { get; init; }

    /// <summary>What the adapter needs to post here proactively; opaque to the engine.</summary>
    public string? ConversationReference { get; init; }

    /// <summary>Bumped on every settings change so schedulers can tell a stale trigger, and writers a stale copy.</summary>
    public int ScheduleVersion { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public ChannelSchedule Schedule => new(DailyEnabled, Paused, PostMinuteOfDay, TimeZone, Days, Exam, RevealAfterMinutes);
}
