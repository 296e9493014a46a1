namespace StudyBot.Engine.Setup;

/// <summary>Told when a channel's schedule changes, so the new settings apply without a restart.</summary>
public interface IChannelScheduler
{
    Task ApplyAsync(Channel channel, CancellationToken cancellationToken);

    /// <summary>Posts the channel's question for today now (admin's post-now).</summary>
    Task PostNowAsync(Channel channel, CancellationToken cancellationToken);

    /// <summary>Arranges the reveal of a posted daily round at its close.</summary>
    Task ScheduleRevealAsync(Round round, CancellationToken cancellationToken);
}
