namespace StudyBot.Tests.Shared.Fakes;

/// <summary>Reports, resolutions and versions in memory, over the shared tables (answers, rounds, members) and the fake decks.</summary>
public sealed class FakeFlagStore(FakeTables tables, FakeReviewStore reviews) : IFlagStore
{
    private readonly List<QuestionFlag> _flags = [];
    private readonly List<FlagResolution> _resolutions = [];
    private readonly List<QuestionVersionRecord> _versions = [];

    /// <summary>Copies of every report, in the order stored.</summary>
    public IReadOnlyList<QuestionFlag> Flags => tables.Locked(() => _flags.ToList());

    public IReadOnlyList<FlagResolution> Resolutions => tables.Locked(() => _resolutions.ToList());

    public Task<bool> TryAddFlagAsync(QuestionFlag flag, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        if (_flags.Any(f => f.MemberId == flag.MemberId && f.QuestionId == flag.QuestionId && f.QuestionVersion == flag.QuestionVersion))
        {
            return false;
        }

        _flags.Add(flag with { Id = tables.NextId() });
        return true;
    });

    public Task<IReadOnlyList<(QuestionFlag Flag, Member Member)>> ListFlagsAsync(long? communityId, bool openOnly, CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyList<(QuestionFlag, Member)>>(() => _flags
            .Where(f => f.CommunityId == communityId && (!openOnly || f.ResolvedAt is null))
            .Join(tables.Members, f => f.MemberId, m => m.Id, (f, m) => (f, FakeTables.Copy(m)))
            .ToList());

    public Task<IReadOnlyList<QuestionFlag>> ListAllFlagsAsync(bool openOnly, CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyList<QuestionFlag>>(() => _flags.Where(f => !openOnly || f.ResolvedAt is null).ToList());

    public Task<IReadOnlyList<Answer>> ListVersionAnswersAsync(string questionId, string version, CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyList<Answer>>(() => tables.Rounds
            .Where(r => r.QuestionId == questionId && r.QuestionVersion == version)
            .Join(tables.Answers, r => r.Id, a => a.RoundId, (r, a) => FakeTables.Copy(a))
            .OrderBy(a => a.Id)
            .ToList());

    public Task<IReadOnlyList<ReviewEvent>> ListCardReviewsAsync(IReadOnlyCollection<long> memberIds, string questionId, CancellationToken cancellationToken) =>
        Task.FromResult(reviews.CardReviews(memberIds, questionId));

    public Task<RegradeWrite> ApplyAsync(Regrade regrade, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        var resolution = regrade.Resolution;
        if (resolution.OnceKey is { } key && _resolutions.Any(r => r.OnceKey == key))
        {
            return RegradeWrite.AlreadyApplied;
        }

        var byId = regrade.Answers.ToDictionary(a => a.AnswerId);
        if (tables.Answers.Count(a => byId.ContainsKey(a.Id)) != byId.Count || !reviews.CardsAsRead(regrade.Cards))
        {
            return RegradeWrite.CardMoved;
        }

        var stored = resolution with { Id = tables.NextId() };
        _resolutions.Add(stored);
        for (var i = 0; i < tables.Answers.Count; i++)
        {
            if (byId.TryGetValue(tables.Answers[i].Id, out var change))
            {
                tables.Answers[i] = tables.Answers[i] with { Correct = change.Correct, Points = change.Points };
            }
        }

        reviews.Rewrite(regrade.Cards);
        for (var i = 0; i < _flags.Count; i++)
        {
            var f = _flags[i];
            if (f.CommunityId == resolution.CommunityId && f.QuestionId == resolution.QuestionId && f.QuestionVersion == resolution.QuestionVersion && f.ResolvedAt is null)
            {
                _flags[i] = f with { ResolvedAt = resolution.ResolvedAt, ResolutionId = stored.Id };
            }
        }

        return RegradeWrite.Applied;
    });

    public Task<IReadOnlyList<FlagResolution>> ListResolutionsAsync(long? communityId, string? questionId, CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyList<FlagResolution>>(() => _resolutions
            .Where(r => r.CommunityId == communityId && (questionId is null || r.QuestionId == questionId))
            .Select(r => r with { Answer = [.. r.Answer] })
            .ToList());

    public Task<bool> HasOnceKeyAsync(string onceKey, CancellationToken cancellationToken) =>
        tables.LockedAsync(() => _resolutions.Any(r => r.OnceKey == onceKey));

    public Task<int> RecordVersionsAsync(IReadOnlyList<QuestionVersionRecord> versions, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        var added = 0;
        foreach (var v in versions.Where(v => _versions.All(k => k.Version != v.Version)).DistinctBy(v => v.Version))
        {
            _versions.Add(v with { Answer = [.. v.Answer], ChoiceKeys = [.. v.ChoiceKeys] });
            added++;
        }

        return added;
    });

    public Task<IReadOnlyList<QuestionVersionRecord>> ListVersionsAsync(CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyList<QuestionVersionRecord>>(() => _versions.OrderBy(v => v.QuestionId, StringComparer.Ordinal).ThenBy(v => v.FirstSeenAt).ToList());

    public Task<int> FillRoundVersionsAsync(string questionId, string version, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        var filled = 0;
        for (var i = 0; i < tables.Rounds.Count; i++)
        {
            if (tables.Rounds[i].QuestionId == questionId && tables.Rounds[i].QuestionVersion is null)
            {
                tables.Rounds[i] = tables.Rounds[i] with { QuestionVersion = version };
                filled++;
            }
        }

        return filled;
    });

    public Task<IReadOnlyList<(string QuestionId, string Version)>> ListRoundVersionsAsync(CancellationToken cancellationToken) =>
        tables.LockedAsync<IReadOnlyList<(string, string)>>(() => tables.Rounds
            .Select(r => (r.QuestionId, r.QuestionVersion ?? string.Empty))
            .Distinct()
            .OrderBy(p => p.QuestionId, StringComparer.Ordinal).ThenBy(p => p.Item2, StringComparer.Ordinal)
            .ToList());
}
