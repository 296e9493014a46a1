namespace StudyBot.Tests.Shared.Fakes;

/// <summary>Rounds in memory, unique by (channel, local date) and by (quiz, position), as in the database.</summary>
public sealed class FakeRoundStore(FakeTables tables) : IRoundStore
{
    public FakeRoundStore()
        : this(new FakeTables())
    {
    }

    /// <summary>Arranges an open daily round of <paramref name="questionId"/> in <paramref name="channel"/>, opened at <paramref name="now"/>.</summary>
    public async Task<Round> OpenDailyAsync(Channel channel, string questionId, string choiceOrder, DateTimeOffset now, int minutes)
    {
        var (round, _) = await AddRoundOrGetExistingAsync(new Round
        {
            Kind = RoundKind.Daily,
            ChannelId = channel.Id,
            CommunityId = channel.CommunityId,
            LocalDate = DateOnly.FromDateTime(now.UtcDateTime),
            QuestionId = questionId,
            ChoiceOrder = choiceOrder,
            OpensAt = now,
            ClosesAt = now.AddMinutes(minutes),
        }, CancellationToken.None);
        return round;
    }

    /// <summary>Copies of every round, in the order added.</summary>
    public IReadOnlyList<Round> Rounds => tables.Locked(() => tables.Rounds.Select(FakeTables.Copy).ToList());

    /// <summary>How often a round was read by id.</summary>
    public int RoundReads => tables.Locked(() => tables.RoundReads);

    public Task<Round?> FindRoundAsync(long id, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        tables.RoundReads++;
        return tables.Rounds.FirstOrDefault(r => r.Id == id) is { } r ? FakeTables.Copy(r) : null;
    });

    public Task<Round?> FindDailyRoundAsync(long channelId, DateOnly localDate, CancellationToken cancellationToken) =>
        tables.LockedAsync(() => tables.Rounds.FirstOrDefault(r => r.ChannelId == channelId && r.LocalDate == localDate) is { } r ? FakeTables.Copy(r) : null);

    public Task<Round?> FindLatestDailyRoundAsync(long channelId, CancellationToken cancellationToken) =>
        tables.LockedAsync(() => Daily(channelId).FirstOrDefault() is { } r ? FakeTables.Copy(r) : null);

    public Task<IReadOnlyList<Round>> ListDailyRoundsAsync(long channelId, int limit, CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyList<Round>>(() => Daily(channelId).Take(limit).Select(FakeTables.Copy).ToList());

    public Task<IReadOnlyList<Round>> ListDailyRoundsAsync(IReadOnlyCollection<long> channelIds, int limitPerChannel, CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyList<Round>>(() => channelIds.Distinct()
            .SelectMany(c => Daily(c).Take(limitPerChannel))
            .Select(FakeTables.Copy)
            .ToList());

    public Task<IReadOnlyList<Round>> ListQuizRoundsAsync(long quizId, CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyList<Round>>(() => tables.Rounds.Where(r => r.QuizId == quizId).OrderBy(r => r.Sequence).Select(FakeTables.Copy).ToList());

    public Task<(Round Round, bool Created)> AddRoundOrGetExistingAsync(Round round, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        var existing = tables.Rounds.FirstOrDefault(r =>
            (round.ChannelId is not null && round.LocalDate is not null && r.ChannelId == round.ChannelId && r.LocalDate == round.LocalDate) ||
            (round.QuizId is not null && round.Sequence is not null && r.QuizId == round.QuizId && r.Sequence == round.Sequence));
        if (existing is not null)
        {
            return (FakeTables.Copy(existing), false);
        }

        var added = round with { Id = tables.NextId() };
        tables.Rounds.Add(added);
        return (FakeTables.Copy(added), true);
    });

    public Task<bool> CloseRoundAsync(long roundId, DateTimeOffset closedAt, CancellationToken cancellationToken) =>
        Update(roundId, r => r.ClosedAt is null ? r with { ClosedAt = closedAt } : null);

    public Task SetMessageRefAsync(long roundId, string messageRef, CancellationToken cancellationToken) =>
        Update(roundId, r => r with { MessageRef = messageRef });

    public Task<bool> MarkRevealedAsync(long roundId, DateTimeOffset revealedAt, CancellationToken cancellationToken) =>
        Update(roundId, r => r.RevealedAt is null ? r with { RevealedAt = revealedAt } : null);

    public Task<IReadOnlyDictionary<string, int>> GetChannelQuestionUsageAsync(long channelId, CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyDictionary<string, int>>(() => Daily(channelId).GroupBy(r => r.QuestionId).ToDictionary(g => g.Key, g => g.Count()));

    private IEnumerable<Round> Daily(long channelId) =>
        tables.Rounds.Where(r => r.Kind == RoundKind.Daily && r.ChannelId == channelId).OrderByDescending(r => r.LocalDate);

    /// <summary>Applies <paramref name="change"/> (null: leave the round as it is); true when the round changed.</summary>
    private Task<bool> Update(long roundId, Func<Round, Round?> change) => tables.LockedAsync(() =>
    {
        var i = tables.Rounds.FindIndex(r => r.Id == roundId);
        if (i < 0 || change(tables.Rounds[i]) is not { } changed)
        {
            return false;
        }

        tables.Rounds[i] = changed;
        return true;
    });
}
