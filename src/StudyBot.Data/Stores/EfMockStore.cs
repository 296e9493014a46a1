using Microsoft.EntityFrameworkCore;
using StudyBot.Data.Configurations;
using StudyBot.Data.Providers;
using StudyBot.Data.Rows;

namespace StudyBot.Data.Stores;

public sealed class EfMockStore(StudyBotDbContextFactory contexts, WriteGate gate) : IMockStore
{
    public async Task<(MockAttempt Attempt, bool Created)> StartAttemptAsync(MockAttempt attempt, IReadOnlyList<MockItem> items, CancellationToken cancellationToken)
    {
        // The attempt and its items in one save: all or none.
        var row = MockAttemptRow.From(attempt with { FinishedAt = null }, items);
        if (await gate.TryInsertAsync(row, cancellationToken))
        {
            return (row.ToAttempt(), true);
        }

        return (await FindOpenAttemptAsync(attempt.MemberId, cancellationToken) ?? throw new InvalidOperationException($"Member {attempt.MemberId} has an attempt in progress that could not be read."), false);
    }

    public async Task<MockAttempt?> FindAttemptAsync(long attemptId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return (await db.Set<MockAttemptRow>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == attemptId, cancellationToken))?.ToAttempt();
    }

    public async Task<MockAttempt?> FindOpenAttemptAsync(long memberId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return (await db.Set<MockAttemptRow>().AsNoTracking().FirstOrDefaultAsync(a => a.ActiveMemberId == memberId, cancellationToken))?.ToAttempt();
    }

    public async Task<IReadOnlyList<MockItem>> ListItemsAsync(long attemptId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.Set<MockItemRow>().AsNoTracking().Where(i => i.AttemptId == attemptId).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToItem())];
    }

    public async Task<bool> SaveAnswerAsync(long attemptId, int position, IReadOnlyList<string> keys, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var joined = ColumnFormats.Join(keys);
        return await gate.UpdateWhereAsync<MockItemRow>(
            db => db.Set<MockItemRow>().Where(i => i.AttemptId == attemptId && i.Position == position && i.Keys != joined
                && db.Set<MockAttemptRow>().Any(a => a.Id == attemptId && a.FinishedAt == null)),
            s => s.SetProperty(i => i.Keys, joined).SetProperty(i => i.AnsweredAt, at),
            cancellationToken) == 1;
    }

    public async Task<bool> SetFlagAsync(long attemptId, int position, bool flagged, CancellationToken cancellationToken) =>
        await gate.UpdateWhereAsync<MockItemRow>(
            db => db.Set<MockItemRow>().Where(i => i.AttemptId == attemptId && i.Position == position
                && db.Set<MockAttemptRow>().Any(a => a.Id == attemptId && a.FinishedAt == null)),
            s => s.SetProperty(i => i.Flagged, flagged),
            cancellationToken) == 1;

    public async Task<bool> MoveToAsync(long attemptId, int position, CancellationToken cancellationToken) =>
        await gate.UpdateAsync<MockAttemptRow>(a => a.Id == attemptId && a.FinishedAt == null, s => s.SetProperty(a => a.Position, position), cancellationToken) == 1;

    public async Task<bool> FinishAttemptAsync(long attemptId, MockFinish finish, DateTimeOffset finishedAt, MockScore score, CancellationToken cancellationToken) =>
        await gate.UpdateAsync<MockAttemptRow>(
            a => a.Id == attemptId && a.FinishedAt == null,
            s => s.SetProperty(a => a.FinishedAt, finishedAt)
                .SetProperty(a => a.Finish, (int)finish)
                .SetProperty(a => a.Correct, score.Correct)
                .SetProperty(a => a.ScaledScore, score.ScaledScore)
                .SetProperty(a => a.Passed, score.Passed)
                .SetProperty(a => a.ActiveMemberId, (long?)null),
            cancellationToken) == 1;

    public Task MarkReviewedAsync(long attemptId, DateTimeOffset at, CancellationToken cancellationToken) =>
        gate.UpdateAsync<MockAttemptRow>(a => a.Id == attemptId && a.FinishedAt != null && a.ReviewedAt == null, s => s.SetProperty(a => a.ReviewedAt, at), cancellationToken);

    public async Task<IReadOnlyList<MockAttempt>> ListFinishedAsync(IReadOnlyCollection<long> memberIds, DateTimeOffset? since, int limit, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var query = db.Set<MockAttemptRow>().AsNoTracking().Where(a => memberIds.Contains(a.MemberId) && a.FinishedAt != null);
        if (since is { } from)
        {
            query = query.Where(a => a.FinishedAt >= from);
        }

        var rows = await query.OrderByDescending(a => a.FinishedAt).ThenByDescending(a => a.Id).Take(limit).ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToAttempt())];
    }

    public async Task<IReadOnlyList<MockAttempt>> ListPendingAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.Set<MockAttemptRow>().AsNoTracking()
            .Where(a => (a.FinishedAt == null && a.DeadlineAt <= now) || (a.FinishedAt != null && a.ReviewedAt == null))
            .OrderBy(a => a.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToAttempt())];
    }
}
