namespace StudyBot.Engine.Daily;

/// <summary>What became of a daily post.</summary>
public enum DailyPostStatus
{
    /// <summary>Published now.</summary>
    Posted,

    /// <summary>The day's question was out already; it is never posted twice.</summary>
    AlreadyPosted,

    /// <summary>Nothing is due: not a posting day, paused, or past the reveal time.</summary>
    NotDue,

    /// <summary>The channel is gone or the bot was removed from it.</summary>
    ChannelInactive,

    /// <summary>No question fits the channel's exam filter.</summary>
    NoQuestion,

    /// <summary>This host has no adapter for the channel's platform.</summary>
    NoPublisher,

    /// <summary>The platform refused the post; <see cref="DailyPostOutcome.RetryAt"/> says when it is tried again.</summary>
    Failed,

    /// <summary>Handed to the scheduler, which has not run it yet (a busy or clustered scheduler).</summary>
    Queued,
}
