using Quartz;

namespace StudyBot.Host.Scheduling;

/// <summary>Names of the per-channel jobs and triggers in the Quartz store.</summary>
internal static class SchedulingKeys
{
    public const string ChannelIdKey = "channelId";
    public const string RoundIdKey = "roundId";
    public const string ManualKey = "manual";
    public const string AttemptKey = "attempt";
    public const string DateKey = "date";

    public static JobKey PostJob(long channelId) => new($"post.{channelId}", "daily");

    public static TriggerKey PostTrigger(long channelId) => new($"post.{channelId}", "daily");

    public static TriggerKey CatchUpTrigger(long channelId, DateOnly date) => new($"catchup.{channelId}.{date:yyyyMMdd}", "daily");

    public static TriggerKey PostNowTrigger(long channelId, DateTimeOffset now) => new($"now.{channelId}.{now.UtcTicks}", "daily");

    public static TriggerKey RetryTrigger(long channelId, DateOnly date, int attempt) => new($"retry.{channelId}.{date:yyyyMMdd}.{attempt}", "daily");

    public static JobKey RevealJob(long channelId) => new($"reveal.{channelId}", "reveal");

    public static TriggerKey RevealTrigger(long roundId) => new($"reveal.{roundId}", "reveal");

    public static JobKey DigestJob(long channelId) => new($"digest.{channelId}", "digest");

    public static TriggerKey DigestTrigger(long channelId) => new($"digest.{channelId}", "digest");
}
