namespace StudyBot.Engine.Setup;

/// <summary>Told when a channel's schedule changes, so the new settings apply without a restart.</summary>
public interface IChannelScheduler
{
    Task ApplyAsync(Channel channel, CancellationToken cancellationToken);

    /// <summary>Posts the channel's question for today now (admin's post-now) and says what became of it.</summary>
    Task<DailyPostOutcome> PostNowAsync(Channel channel, CancellationToken cancellationToken);

    /// <summary>Arranges the reveal of a posted daily round at its close.</summary>
    Task ScheduleRevealAsync(Round round, CancellationToken cancellationToken);

    /// <summary>
    /// Arranges another try of a refused daily post at <paramref name="at"/> (<see cref="DailyPostService.RetryAsync"/>);
    /// asked twice for the same channel, date and attempt, it tries once.
    /// </summary>
    Task ScheduleRetryAsync(long channelId, DateOnly localDate, bool manual, int attempt, DateTimeOffset at, CancellationToken cancellationToken);
}
