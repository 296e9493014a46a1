namespace StudyBot.Engine.Daily;

/// <summary>
/// A daily post's result: its status, the round (when one was opened) and, after a refusal, when it is tried again (null
/// when the reveal time comes first).
/// </summary>
public sealed record DailyPostOutcome(DailyPostStatus Status, Round? Round = null, DateTimeOffset? RetryAt = null)
{
    /// <summary>The question is out in the channel.</summary>
    public bool IsOut => Status is DailyPostStatus.Posted or DailyPostStatus.AlreadyPosted;
}
