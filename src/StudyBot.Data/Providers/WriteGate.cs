using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace StudyBot.Data.Providers;

/// <summary>
/// The only way to write. Every insert, update and hand-written write statement of the stores runs here, on the provider's
/// write lane (on SQLite its writer thread). Nothing else can save: <see cref="StudyBotDbContext"/> refuses
/// <c>SaveChanges</c> from anyone but this gate, and a test fails on any write call in Data outside it.
/// </summary>
public sealed class WriteGate
{
    private readonly StudyBotDbContextFactory _contexts;
    private readonly IWriteLane _lane;
    private readonly ISqlDialect _dialect;

    internal WriteGate(StudyBotDbContextFactory contexts, IWriteLane lane, ISqlDialect dialect)
    {
        _contexts = contexts;
        _lane = lane;
        _dialect = dialect;
    }

    /// <summary>Inserts the row; EF sets its generated id on it.</summary>
    public async Task InsertAsync<T>(T row, CancellationToken cancellationToken)
        where T : class
    {
        // Staged here, saved on the lane: the writer thread only spends the save itself.
        await using var db = _contexts.CreateDbContext();
        db.Add(row);
        await _lane.RunAsync(() => db.SaveThroughGateAsync(cancellationToken), cancellationToken);
    }

    /// <summary>Inserts the row unless one with the same unique key is there already; false then (the caller reads theirs).</summary>
    public Task<bool> TryInsertAsync<T>(T row, CancellationToken cancellationToken)
        where T : class =>
        TryInsertAllAsync([row], cancellationToken);

    /// <summary>Inserts the rows together (one save, so all or none) unless one of them repeats a unique key; false then.</summary>
    public async Task<bool> TryInsertAllAsync(IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        await using var db = _contexts.CreateDbContext();
        db.AddRange(rows);
        try
        {
            await _lane.RunAsync(() => db.SaveThroughGateAsync(cancellationToken), cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (_dialect.IsUniqueViolation(ex))
        {
            return false;
        }
    }

    /// <summary>One set-based <c>UPDATE</c> of the rows selected; how many it changed (0 when a condition in the selection no longer held).</summary>
    public Task<int> UpdateAsync<T>(Expression<Func<T, bool>> rows, Action<UpdateSettersBuilder<T>> set, CancellationToken cancellationToken)
        where T : class =>
        _lane.RunAsync(
            async () =>
            {
                await using var db = _contexts.CreateDbContext();
                return await db.Set<T>().Where(rows).ExecuteUpdateAsync(set, cancellationToken);
            },
            cancellationToken);

    /// <summary>
    /// One set-based <c>UPDATE</c> of the rows a query over the context selects, for a condition on other tables (a row that
    /// may change only while its parent is open); how many it changed.
    /// </summary>
    public Task<int> UpdateWhereAsync<T>(Func<StudyBotDbContext, IQueryable<T>> rows, Action<UpdateSettersBuilder<T>> set, CancellationToken cancellationToken)
        where T : class =>
        _lane.RunAsync(
            async () =>
            {
                await using var db = _contexts.CreateDbContext();
                return await rows(db).ExecuteUpdateAsync(set, cancellationToken);
            },
            cancellationToken);

    /// <summary>
    /// A versioned save with a log row, in one transaction: inserts <paramref name="row"/> when <paramref name="current"/> is
    /// null (false if one with its key is there already), otherwise sets <paramref name="set"/> on the row
    /// <paramref name="current"/> selects (false when it no longer matches, e.g. another write changed its version); then
    /// appends <paramref name="log"/>. Nothing is written when it returns false.
    /// </summary>
    public Task<bool> SaveVersionedAsync<T, TLog>(T row, Expression<Func<T, bool>>? current, Action<UpdateSettersBuilder<T>> set, TLog log, CancellationToken cancellationToken)
        where T : class
        where TLog : class =>
        _lane.RunAsync(
            async () =>
            {
                await using var db = _contexts.CreateDbContext();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (current is null)
                {
                    db.Add(row);
                }
                else if (await db.Set<T>().Where(current).ExecuteUpdateAsync(set, cancellationToken) == 0)
                {
                    return false;
                }

                db.Add(log);
                try
                {
                    await db.SaveThroughGateAsync(cancellationToken);
                }
                catch (DbUpdateException ex) when (_dialect.IsUniqueViolation(ex))
                {
                    return false;
                }

                await transaction.CommitAsync(cancellationToken);
                return true;
            },
            cancellationToken);

    /// <summary>
    /// Two set-based <c>UPDATE</c>s in one transaction, kept only when each changed a row: false (nothing written) when a
    /// condition in either selection no longer held.
    /// </summary>
    public Task<bool> TryUpdateBothAsync<TA, TB>(
        Expression<Func<TA, bool>> first, Action<UpdateSettersBuilder<TA>> setFirst,
        Expression<Func<TB, bool>> second, Action<UpdateSettersBuilder<TB>> setSecond,
        CancellationToken cancellationToken)
        where TA : class
        where TB : class =>
        _lane.RunAsync(
            async () =>
            {
                await using var db = _contexts.CreateDbContext();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (await db.Set<TA>().Where(first).ExecuteUpdateAsync(setFirst, cancellationToken) == 0
                    || await db.Set<TB>().Where(second).ExecuteUpdateAsync(setSecond, cancellationToken) == 0)
                {
                    return false;
                }

                await transaction.CommitAsync(cancellationToken);
                return true;
            },
            cancellationToken);

    /// <summary>
    /// The batch's steps in order, in one transaction on the lane: set-based updates and deletes (a step with an expected
    /// count rolls everything back when it changes another number of rows, e.g. a row whose version moved meanwhile) and
    /// inserts (saved at their step, so a later step can use their generated ids). All or nothing.
    /// </summary>
    public Task<BatchResult> RunBatchAsync(WriteBatch batch, CancellationToken cancellationToken) =>
        _lane.RunAsync(
            async () =>
            {
                await using var db = _contexts.CreateDbContext();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                try
                {
                    foreach (var step in batch.Steps)
                    {
                        int changed;
                        if (step.Insert is { } row)
                        {
                            db.Add(row);
                            changed = await db.SaveThroughGateAsync(cancellationToken) > 0 ? 1 : 0;
                        }
                        else
                        {
                            changed = await step.Statement!(db, cancellationToken);
                        }

                        if (step.Expect is { } expected && changed != expected)
                        {
                            return BatchResult.ConditionFailed;
                        }
                    }
                }
                catch (DbUpdateException ex) when (_dialect.IsUniqueViolation(ex))
                {
                    return BatchResult.UniqueViolation;
                }

                await transaction.CommitAsync(cancellationToken);
                return BatchResult.Committed;
            },
            cancellationToken);

    /// <summary>Hand-written statements (the answer path), on the lane's connection.</summary>
    public Task<T> ExecuteAsync<T>(Func<SqlCommands, Task<T>> work, CancellationToken cancellationToken) =>
        _lane.WithCommandsAsync(work, cancellationToken);
}

/// <summary>Writes for <see cref="WriteGate.RunBatchAsync"/>, staged in order; nothing runs until the gate runs them.</summary>
public sealed class WriteBatch
{
    internal List<BatchStep> Steps { get; } = [];

    public bool IsEmpty => Steps.Count == 0;

    public WriteBatch Insert(object row)
    {
        Steps.Add(new BatchStep(row, null, 1));
        return this;
    }

    /// <param name="expect">How many rows the update must change, or the batch is rolled back; null: any number.</param>
    public WriteBatch Update<T>(Expression<Func<T, bool>> rows, Action<UpdateSettersBuilder<T>> set, int? expect = null)
        where T : class
    {
        Steps.Add(new BatchStep(null, (db, ct) => db.Set<T>().Where(rows).ExecuteUpdateAsync(set, ct), expect));
        return this;
    }

    public WriteBatch Delete<T>(Expression<Func<T, bool>> rows, int? expect = null)
        where T : class
    {
        Steps.Add(new BatchStep(null, (db, ct) => db.Set<T>().Where(rows).ExecuteDeleteAsync(ct), expect));
        return this;
    }

    internal sealed record BatchStep(object? Insert, Func<StudyBotDbContext, CancellationToken, Task<int>>? Statement, int? Expect);
}

public enum BatchResult
{
    Committed,

    /// <summary>A step changed another number of rows than it expected; nothing was written.</summary>
    ConditionFailed,

    /// <summary>An insert repeated a unique key; nothing was written.</summary>
    UniqueViolation,
}
