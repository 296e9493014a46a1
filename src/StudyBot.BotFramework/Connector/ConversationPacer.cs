namespace StudyBot.BotFramework.Connector;

/// <summary>
/// A token bucket per conversation: bursts of up to <see cref="Burst"/> messages, then about one per second, under Teams'
/// per-thread limit of 7 per second (NOTES §2.7).
/// </summary>
internal sealed class ConversationPacer(TimeProvider time)
{
    public const int Burst = 6;
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly Lock gate = new();
    private readonly Dictionary<string, (double Tokens, DateTimeOffset At)> buckets = new(StringComparer.Ordinal);

    public async Task WaitAsync(string conversationId, CancellationToken cancellationToken)
    {
        var delay = Reserve(conversationId);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    /// <summary>Takes a token (possibly going into debt) and says how long to wait for it.</summary>
    internal TimeSpan Reserve(string conversationId)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            var (tokens, at) = buckets.TryGetValue(conversationId, out var b) ? b : (Burst, now);
            tokens = Math.Min(Burst, tokens + (now - at).TotalSeconds / Interval.TotalSeconds);
            tokens -= 1;
            buckets[conversationId] = (tokens, now);
            if (buckets.Count > 10_000)
            {
                foreach (var key in buckets.Where(kv => kv.Value.Tokens >= 0 && now - kv.Value.At > TimeSpan.FromMinutes(1)).Select(kv => kv.Key).ToList())
                {
                    buckets.Remove(key);
                }
            }

            return tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-tokens * Interval.TotalSeconds);
        }
    }
}
