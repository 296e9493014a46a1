namespace StudyBot.Engine.Model;

/// <summary>
/// A channel's weekly digest, claimed before it is posted: the unique (channel, week start) key lets one host, once, post
/// it, whatever restarts or cluster nodes fire the digest trigger again.
/// </summary>
public sealed record DigestClaim
{
    public long Id { get; init; }
    public long ChannelId { get; init; }

    /// <summary>The Monday (channel-local date) of the week the digest sums up; with the channel, unique.</summary>
    public DateOnly WeekStart { get; init; }
    public DateTimeOffset ClaimedAt { get; init; }

    /// <summary>When it was posted; null while the claiming host is posting it, or if it crashed before it could.</summary>
    public DateTimeOffset? PublishedAt { get; init; }
}
