namespace StudyBot.Engine.Daily;

/// <summary>Rounds: daily questions of channels and items of personal quizzes.</summary>
public interface IRoundStore
{
    Task<Round?> FindRoundAsync(long id, CancellationToken cancellationToken);

    Task<Round?> FindDailyRoundAsync(long channelId, DateOnly localDate, CancellationToken cancellationToken);

    Task<Round?> FindLatestDailyRoundAsync(long channelId, CancellationToken cancellationToken);

    /// <summary>Daily rounds of a channel, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Round>> ListDailyRoundsAsync(long channelId, int limit, CancellationToken cancellationToken);

    /// <summary>Daily rounds of each of the channels, newest first per channel, at most <paramref name="limitPerChannel"/> each; one query.</summary>
    Task<IReadOnlyList<Round>> ListDailyRoundsAsync(IReadOnlyCollection<long> channelIds, int limitPerChannel, CancellationToken cancellationToken);

    Task<IReadOnlyList<Round>> ListQuizRoundsAsync(long quizId, CancellationToken cancellationToken);

    /// <summary>Adds the round, or returns the one already holding its unique key (channel and date, or quiz and position).</summary>
    Task<(Round Round, bool Created)> AddRoundOrGetExistingAsync(Round round, CancellationToken cancellationToken);

    /// <summary>Closes the round at <paramref name="closedAt"/> unless it is closed already; true when this call closed it.</summary>
    Task<bool> CloseRoundAsync(long roundId, DateTimeOffset closedAt, CancellationToken cancellationToken);

    /// <summary>Keeps the platform's id of the round's posted message.</summary>
    Task SetMessageRefAsync(long roundId, string messageRef, CancellationToken cancellationToken);

    /// <summary>Records that the reveal was posted, unless it was already; true when this call recorded it.</summary>
    Task<bool> MarkRevealedAsync(long roundId, DateTimeOffset revealedAt, CancellationToken cancellationToken);

    /// <summary>How often each question was posted as a daily round in the channel.</summary>
    Task<IReadOnlyDictionary<string, int>> GetChannelQuestionUsageAsync(long channelId, CancellationToken cancellationToken);
}
