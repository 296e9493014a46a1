namespace StudyBot.Engine.Model;

/// <summary>
/// A channel's weekly digest, claimed before it is posted: the unique (channel, week start) key lets one host, once, post
/// it, whatever restarts or cluster nodes fire the digest trigger again.
/// </summary>
public sealed class Digest
{
    public long Id { get; set; }
    public long ChannelId { get; set; }

    /// <summary>The Monday (channel-local date) of the week the digest sums up; with the channel, unique.</summary>
    public DateOnly WeekStart { get; set; }
    public DateTimeOffset ClaimedAt { get; set; }

    /// <summary>When it was posted; null while the claiming host is posting it, or if it crashed before it could.</summary>
    public DateTimeOffset? PublishedAt { get; set; }
}
