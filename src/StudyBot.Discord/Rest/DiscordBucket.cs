namespace StudyBot.Discord.Rest;

/// <summary>One rate-limit bucket for one top-level resource; requests in it go one at a time.</summary>
public sealed class DiscordBucket
{
    internal SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Requests left in the current window; null while unknown.</summary>
    internal int? Remaining { get; set; }

    internal DateTimeOffset ResetAt { get; set; }
}
