namespace StudyBot.Engine.Setup;

/// <summary>Used when no scheduler is registered (tools, tests): post-now posts at once, schedule changes need nothing.</summary>
internal sealed class ImmediateChannelScheduler(DailyRoundService daily) : IChannelScheduler
{
    public Task ApplyAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task PostNowAsync(Channel channel, CancellationToken cancellationToken) => daily.PostAsync(channel.Id, null, cancellationToken);

    public Task ScheduleRevealAsync(Round round, CancellationToken cancellationToken) => Task.CompletedTask;
}
