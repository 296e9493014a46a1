using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.Engine.Setup;

/// <summary>
/// Used when no scheduler is registered (tools, tests): post-now posts at once, schedule changes need nothing, and a
/// refused post is tried again in this process, on the <see cref="TimeProvider"/>, as background work that stops with it.
/// </summary>
internal sealed class ImmediateChannelScheduler(IServiceProvider services, BackgroundWork background, TimeProvider time) : IChannelScheduler
{
    // DailyPostService asks this scheduler for its retries, so it is resolved when needed rather than injected.
    private DailyPostService Posts => services.GetRequiredService<DailyPostService>();

    public Task ApplyAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<DailyPostOutcome> PostNowAsync(Channel channel, CancellationToken cancellationToken) => Posts.PostIfDueAsync(channel.Id, manual: true, cancellationToken);

    public Task ScheduleRevealAsync(Round round, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ScheduleRetryAsync(long channelId, DateOnly localDate, bool manual, int attempt, DateTimeOffset at, CancellationToken cancellationToken)
    {
        background.Run($"Retrying the daily post of channel {channelId} (attempt {attempt})", async stopping =>
        {
            var wait = at - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, stopping);
            }

            await Posts.RetryAsync(channelId, localDate, manual, attempt, stopping);
        });
        return Task.CompletedTask;
    }
}
