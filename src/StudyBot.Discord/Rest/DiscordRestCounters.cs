namespace StudyBot.Discord.Rest;

/// <summary>
/// Responses that count toward Discord's invalid-request limit (10,000 per 10 minutes per IP): 401, 403 and 429
/// (shared-scope 429s excepted).
/// </summary>
public sealed class DiscordRestCounters
{
    private long _unauthorized;
    private long _forbidden;
    private long _rateLimited;
    private long _sharedRateLimited;

    public long Unauthorized => Interlocked.Read(ref _unauthorized);

    public long Forbidden => Interlocked.Read(ref _forbidden);

    public long RateLimited => Interlocked.Read(ref _rateLimited);

    public long SharedRateLimited => Interlocked.Read(ref _sharedRateLimited);

    public long InvalidRequests => Unauthorized + Forbidden + RateLimited;

    internal void CountUnauthorized() => Interlocked.Increment(ref _unauthorized);

    internal void CountForbidden() => Interlocked.Increment(ref _forbidden);

    internal void CountRateLimited(bool shared) => Interlocked.Increment(ref shared ? ref _sharedRateLimited : ref _rateLimited);
}
