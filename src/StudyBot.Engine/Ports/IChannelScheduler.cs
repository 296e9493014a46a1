using StudyBot.Engine.Model;

namespace StudyBot.Engine.Ports;

/// <summary>Told when a channel's schedule changes, so the new settings apply without a restart.</summary>
public interface IChannelScheduler
{
    Task ApplyAsync(Channel channel, CancellationToken cancellationToken);

    /// <summary>Posts the channel's question for today now (admin's post-now).</summary>
    Task PostNowAsync(Channel channel, CancellationToken cancellationToken);
}
