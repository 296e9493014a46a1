using Microsoft.Extensions.Options;
using Quartz;

namespace StudyBot.Host.Scheduling;

/// <summary>
/// Keeps each channel's Quartz jobs in step with its settings: a cron post trigger in the channel's zone, a weekly digest
/// trigger, and one reveal trigger per posted round. Every change re-schedules at once.
/// </summary>
public sealed class QuartzChannelScheduler(
    ISchedulerFactory schedulers,
    TimeProvider time,
    IOptions<SchedulingOptions> options,
    PostNowWaiters waiters,
    ILogger<QuartzChannelScheduler> logger) : IChannelScheduler
{
    /// <summary>
    /// How long an admin's post-now waits for its job to say what became of it: a post takes well under a second, and Teams
    /// answers its message inline (Bot Framework gives up on a reply after 15 s); longer, the admin is told it is queued.
    /// </summary>
    public static readonly TimeSpan PostNowWait = TimeSpan.FromSeconds(10);

    public async Task ApplyAsync(Channel channel, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (!channel.Active)
        {
            await scheduler.DeleteJobs([SchedulingKeys.PostJob(channel.Id), SchedulingKeys.DigestJob(channel.Id), SchedulingKeys.RevealJob(channel.Id)], cancellationToken);
            logger.LogInformation("Channel {ChannelId} is gone: its schedule is removed", channel.Id);
            return;
        }

        if (!channel.DailyEnabled || channel.Paused)
        {
            // A paused channel keeps its pending reveal: the question already posted still gets its answer.
            await scheduler.DeleteJobs([SchedulingKeys.PostJob(channel.Id), SchedulingKeys.DigestJob(channel.Id)], cancellationToken);
            logger.LogInformation("Channel {ChannelId} has no active daily question: no post or digest triggers", channel.Id);
            return;
        }

        var zone = LocalTime.Zone(channel.TimeZone);
        var now = time.GetUtcNow();
        var post = TriggerBuilder.Create<DailyPostJob>(time)
            .WithIdentity(SchedulingKeys.PostTrigger(channel.Id))
            .ForJob(SchedulingKeys.PostJob(channel.Id))
            .WithDescription($"v{channel.ScheduleVersion}")
            .StartAt(now)
            // A post fired late still runs, once: when thousands of channels share a post time they go out at Discord's
            // 50 a second, so most fire minutes after it, past Quartz's misfire threshold; the job itself skips a day
            // whose reveal time has passed.
            .WithSchedule(CronScheduleBuilder.Create(SchedulingCron.Post(channel))
                .InTimeZone(zone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(PostJobDetail(channel.Id), [post], ScheduleJobOptions.Replacing, cancellationToken);

        var digest = TriggerBuilder.Create<WeeklyDigestJob>(time)
            .WithIdentity(SchedulingKeys.DigestTrigger(channel.Id))
            .ForJob(SchedulingKeys.DigestJob(channel.Id))
            .StartAt(now)
            .WithSchedule(CronScheduleBuilder.Create(DigestCron())
                .InTimeZone(zone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
            .Build();
        var digestJob = JobBuilder.Create<WeeklyDigestJob>()
            .WithIdentity(SchedulingKeys.DigestJob(channel.Id))
            .UsingJobData(SchedulingKeys.ChannelIdKey, channel.Id)
            .StoreDurably(true)
            .Build();
        await scheduler.ScheduleJob(digestJob, [digest], ScheduleJobOptions.Replacing, cancellationToken);
        logger.LogInformation("Channel {ChannelId} scheduled: '{Cron}' in {Zone}, next post {Next:o}",
            channel.Id, SchedulingCron.Post(channel), channel.TimeZone, post.GetFireTimeAfter(now));
    }

    /// <summary>
    /// On start: keeps the channel's stored triggers when they already match its settings (same cron, same zone, in a state
    /// that fires), so a restart with thousands of channels reads them instead of rewriting each one; otherwise applies the
    /// schedule afresh. Returns when a kept post trigger fires next (it may be in the past: Quartz then fires it late, once),
    /// or null when the triggers were applied afresh or the channel has none.
    /// </summary>
    public async Task<DateTimeOffset?> EnsureAppliedAsync(Channel channel, CancellationToken cancellationToken)
    {
        if (channel is { Active: true, DailyEnabled: true, Paused: false })
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            var zone = LocalTime.Zone(channel.TimeZone).Id;
            var post = await KeptAsync(scheduler, SchedulingKeys.PostTrigger(channel.Id), SchedulingCron.Post(channel), zone, cancellationToken);
            var digest = await KeptAsync(scheduler, SchedulingKeys.DigestTrigger(channel.Id), DigestCron(), zone, cancellationToken);
            if (post is not null && digest is not null)
            {
                return post.NextFireTimeUtc;
            }
        }

        await ApplyAsync(channel, cancellationToken);
        return null;
    }

    private string DigestCron() => SchedulingCron.Digest(options.Value.DigestDay, options.Value.DigestTimeOfDay);

    private static async Task<ICronTrigger?> KeptAsync(IScheduler scheduler, TriggerKey key, string cron, string zone, CancellationToken cancellationToken)
    {
        if (await scheduler.GetTrigger(key, cancellationToken) is not ICronTrigger trigger
            || trigger.CronExpressionString != cron
            || trigger.TimeZone.Id != zone)
        {
            return null;
        }

        var state = await scheduler.GetTriggerState(key, cancellationToken);
        return state is TriggerState.Normal or TriggerState.Blocked ? trigger : null;
    }

    /// <summary>
    /// Fires the channel's post job now and waits (up to <see cref="PostNowWait"/>) for what it did. A scheduler that does not
    /// run here yet, or a job another node took, leaves the outcome unknown: queued.
    /// </summary>
    public async Task<DailyPostOutcome> PostNowAsync(Channel channel, CancellationToken cancellationToken)
    {
        var key = SchedulingKeys.PostNowTrigger(channel.Id, time.GetUtcNow());
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var outcome = scheduler.Status == SchedulerStatus.Running ? waiters.Expect(key) : null;
        try
        {
            await FirePostAsync(channel.Id, key, manual: true, cancellationToken);
            return outcome is null ? new DailyPostOutcome(DailyPostStatus.Queued) : await outcome.WaitAsync(PostNowWait, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            logger.LogInformation("Channel {ChannelId}: the post-now job did not finish within {Wait}; the admin is told it is queued", channel.Id, PostNowWait);
            return new DailyPostOutcome(DailyPostStatus.Queued);
        }
        finally
        {
            waiters.Forget(key);
        }
    }

    /// <summary>A retry trigger for the post job at <paramref name="at"/>, carrying the date and the attempt; one per key.</summary>
    public async Task ScheduleRetryAsync(long channelId, DateOnly localDate, bool manual, int attempt, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (!await scheduler.Exists(SchedulingKeys.PostJob(channelId), cancellationToken))
        {
            await scheduler.AddJob(PostJobDetail(channelId), AddJobOptions.Replacing, cancellationToken);
        }

        var trigger = TriggerBuilder.Create<DailyPostJob>(time)
            .WithIdentity(SchedulingKeys.RetryTrigger(channelId, localDate, attempt))
            .ForJob(SchedulingKeys.PostJob(channelId))
            .UsingJobData(SchedulingKeys.ManualKey, manual)
            .UsingJobData(SchedulingKeys.AttemptKey, attempt)
            .UsingJobData(SchedulingKeys.DateKey, localDate.ToString(JobData.DateFormat, System.Globalization.CultureInfo.InvariantCulture))
            .StartAt(at)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep, cancellationToken);
    }

    /// <summary>Fires the channel's post job now, once per key: several hosts asking for the same key fire it once.</summary>
    public async Task FirePostAsync(long channelId, TriggerKey key, bool manual, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (!await scheduler.Exists(SchedulingKeys.PostJob(channelId), cancellationToken))
        {
            await scheduler.AddJob(PostJobDetail(channelId), AddJobOptions.Replacing, cancellationToken);
        }

        var trigger = TriggerBuilder.Create<DailyPostJob>(time)
            .WithIdentity(key)
            .ForJob(SchedulingKeys.PostJob(channelId))
            .UsingJobData(SchedulingKeys.ManualKey, manual)
            .StartAt(time.GetUtcNow())
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep, cancellationToken);
    }

    /// <summary>Schedules the round's reveal at its close (at once when that has passed); a second call changes nothing.</summary>
    public async Task ScheduleRevealAsync(Round round, CancellationToken cancellationToken)
    {
        if (round.ChannelId is not { } channelId || round.RevealedAt is not null)
        {
            return;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var jobKey = SchedulingKeys.RevealJob(channelId);
        if (!await scheduler.Exists(jobKey, cancellationToken))
        {
            var job = JobBuilder.Create<RevealJob>()
                .WithIdentity(jobKey)
                .StoreDurably(true)
                .Build();
            await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);
        }

        var now = time.GetUtcNow();
        var trigger = TriggerBuilder.Create<RevealJob>(time)
            .WithIdentity(SchedulingKeys.RevealTrigger(round.Id))
            .ForJob(jobKey)
            .UsingJobData(SchedulingKeys.RoundIdKey, round.Id)
            .StartAt(round.ClosesAt > now ? round.ClosesAt : now)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep, cancellationToken);
    }

    private static IJobDetail PostJobDetail(long channelId) => JobBuilder.Create<DailyPostJob>()
        .WithIdentity(SchedulingKeys.PostJob(channelId))
        .UsingJobData(SchedulingKeys.ChannelIdKey, channelId)
        .StoreDurably(true)
        .Build();
}
