using Microsoft.EntityFrameworkCore;
using StudyBot.Data.Configurations;
using StudyBot.Data.Providers;
using StudyBot.Data.Rows;

namespace StudyBot.Data.Stores;

/// <summary>Reports, resolutions and question versions on EF; a re-grade is one batch of the write gate (one transaction).</summary>
public sealed class EfFlagStore(StudyBotDbContextFactory contexts, WriteGate gate) : IFlagStore
{
    public Task<bool> TryAddFlagAsync(QuestionFlag flag, CancellationToken cancellationToken) =>
        gate.TryInsertAsync(flag with { Id = 0 }, cancellationToken);

    public async Task<IReadOnlyList<(QuestionFlag Flag, Member Member)>> ListFlagsAsync(long? communityId, bool openOnly, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var flags = db.QuestionFlags.AsNoTracking().Where(f => f.CommunityId == communityId);
        if (openOnly)
        {
            flags = flags.Where(f => f.ResolvedAt == null);
        }

        var found = await flags
            .Join(db.Members.AsNoTracking(), f => f.MemberId, m => m.Id, (f, m) => new { f, m })
            .OrderBy(x => x.f.Id)
            .ToListAsync(cancellationToken);
        return found.Select(x => (x.f, x.m)).ToList();
    }

    public async Task<IReadOnlyList<QuestionFlag>> ListAllFlagsAsync(bool openOnly, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var flags = db.QuestionFlags.AsNoTracking();
        if (openOnly)
        {
            flags = flags.Where(f => f.ResolvedAt == null);
        }

        return await flags.OrderBy(f => f.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Answer>> ListVersionAnswersAsync(string questionId, string version, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Rounds.AsNoTracking()
            .Where(r => r.QuestionId == questionId && r.QuestionVersion == version)
            .Join(db.Answers.AsNoTracking(), r => r.Id, a => a.RoundId, (r, a) => a)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ReviewEvent>> ListCardReviewsAsync(IReadOnlyCollection<long> memberIds, string questionId, CancellationToken cancellationToken)
    {
        if (memberIds.Count == 0)
        {
            return [];
        }

        await using var db = contexts.CreateDbContext();
        var members = memberIds.ToList();
        var rows = await db.ReviewLog.AsNoTracking()
            .Where(r => r.QuestionId == questionId && members.Contains(r.MemberId))
            .OrderBy(r => r.At).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(r => r.ToEvent()).ToList();
    }

    public async Task<RegradeWrite> ApplyAsync(Regrade regrade, CancellationToken cancellationToken)
    {
        var resolution = regrade.Resolution;
        if (resolution.OnceKey is { } once && await HasOnceKeyAsync(once, cancellationToken))
        {
            return RegradeWrite.AlreadyApplied;
        }

        var row = resolution with { Id = 0 };
        var batch = new WriteBatch().Insert(row);
        foreach (var group in regrade.Answers.GroupBy(a => (a.Correct, a.Points)))
        {
            var ids = group.Select(a => a.AnswerId).ToList();
            var (correct, points) = group.Key;
            batch.Update<Answer>(a => ids.Contains(a.Id), s => s.SetProperty(a => a.Correct, correct).SetProperty(a => a.Points, points), expect: ids.Count);
        }

        foreach (var card in regrade.Cards)
        {
            var memberId = card.MemberId;
            var questionId = card.QuestionId;
            var expected = card.ExpectedReps;
            batch.Delete<ReviewLogRow>(r => r.MemberId == memberId && r.QuestionId == questionId);
            if (card.Card is { } memory)
            {
                var cardRow = ReviewCardRow.From(new DeckCard(memberId, questionId, memory));
                if (expected == 0)
                {
                    batch.Insert(cardRow);
                }
                else
                {
                    batch.Update<ReviewCardRow>(
                        c => c.MemberId == memberId && c.QuestionId == questionId && c.Reps == expected,
                        EfReviewStore.SetMemory(cardRow),
                        expect: 1);
                }
            }
            else
            {
                batch.Delete<ReviewCardRow>(c => c.MemberId == memberId && c.QuestionId == questionId && c.Reps == expected, expect: 1);
            }

            foreach (var review in card.Reviews)
            {
                batch.Insert(ReviewLogRow.From(review));
            }
        }

        var community = resolution.CommunityId;
        var flagQuestion = resolution.QuestionId;
        var flagVersion = resolution.QuestionVersion;
        var at = resolution.ResolvedAt;
        batch.Update<QuestionFlag>(
            f => f.CommunityId == community && f.QuestionId == flagQuestion && f.QuestionVersion == flagVersion && f.ResolvedAt == null,
            s => s.SetProperty(f => f.ResolvedAt, at).SetProperty(f => f.ResolutionId, f => (long?)row.Id));

        return await gate.RunBatchAsync(batch, cancellationToken) switch
        {
            BatchResult.Committed => RegradeWrite.Applied,
            BatchResult.UniqueViolation when resolution.OnceKey is { } key && await HasOnceKeyAsync(key, cancellationToken) => RegradeWrite.AlreadyApplied,
            _ => RegradeWrite.CardMoved,
        };
    }

    public async Task<IReadOnlyList<FlagResolution>> ListResolutionsAsync(long? communityId, string? questionId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = db.FlagResolutions.AsNoTracking().Where(r => r.CommunityId == communityId);
        if (questionId is not null)
        {
            rows = rows.Where(r => r.QuestionId == questionId);
        }

        return await rows.OrderBy(r => r.Id).ToListAsync(cancellationToken);
    }

    public async Task<bool> HasOnceKeyAsync(string onceKey, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.FlagResolutions.AsNoTracking().AnyAsync(r => r.OnceKey == onceKey, cancellationToken);
    }

    public async Task<int> RecordVersionsAsync(IReadOnlyList<QuestionVersionRecord> versions, CancellationToken cancellationToken)
    {
        HashSet<string> known;
        await using (var db = contexts.CreateDbContext())
        {
            known = (await db.QuestionVersionRows.AsNoTracking().Select(v => v.Version).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        }

        var missing = versions.Where(v => !known.Contains(v.Version)).DistinctBy(v => v.Version).Select(Row).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        // All in one save; only when another host recorded some of them meanwhile, one at a time.
        if (await gate.TryInsertAllAsync(missing, cancellationToken))
        {
            return missing.Count;
        }

        var added = 0;
        foreach (var row in missing)
        {
            added += await gate.TryInsertAsync(row, cancellationToken) ? 1 : 0;
        }

        return added;
    }

    private static QuestionVersionRow Row(QuestionVersionRecord v) => new()
    {
        Version = v.Version,
        QuestionId = v.QuestionId,
        Answer = ColumnFormats.Join(v.Answer),
        ChoiceKeys = string.Concat(v.ChoiceKeys),
        FirstSeenAt = v.FirstSeenAt,
    };

    public async Task<IReadOnlyList<QuestionVersionRecord>> ListVersionsAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.QuestionVersionRows.AsNoTracking().OrderBy(v => v.QuestionId).ThenBy(v => v.FirstSeenAt).ToListAsync(cancellationToken);
        return rows.Select(v => new QuestionVersionRecord(v.Version, v.QuestionId, ColumnFormats.Split(v.Answer), v.ChoiceKeys.Select(c => c.ToString()).ToList(), v.FirstSeenAt)).ToList();
    }

    public Task<int> FillRoundVersionsAsync(string questionId, string version, CancellationToken cancellationToken) =>
        gate.UpdateAsync<Round>(r => r.QuestionId == questionId && r.QuestionVersion == null, s => s.SetProperty(r => r.QuestionVersion, version), cancellationToken);

    public async Task<IReadOnlyList<(string QuestionId, string Version)>> ListRoundVersionsAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var pairs = await db.Rounds.AsNoTracking().Select(r => new { r.QuestionId, r.QuestionVersion }).Distinct().ToListAsync(cancellationToken);
        return pairs.Select(p => (p.QuestionId, p.QuestionVersion ?? string.Empty)).OrderBy(p => p.QuestionId, StringComparer.Ordinal).ThenBy(p => p.Item2, StringComparer.Ordinal).ToList();
    }
}
