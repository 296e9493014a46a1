using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using StudyBot.Data.Providers;
using StudyBot.Data.Rows;

namespace StudyBot.Data.Stores;

public sealed class EfReviewStore(StudyBotDbContextFactory contexts, WriteGate gate) : IReviewStore
{
    public async Task<DeckCard?> FindCardAsync(long memberId, string questionId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.ReviewCards.AsNoTracking().FirstOrDefaultAsync(c => c.MemberId == memberId && c.QuestionId == questionId, cancellationToken);
        return row?.ToCard();
    }

    public Task<bool> TrySaveReviewAsync(DeckCard card, int expectedReps, ReviewEvent review, CancellationToken cancellationToken)
    {
        var row = ReviewCardRow.From(card);
        var memberId = card.MemberId;
        var questionId = card.QuestionId;
        return gate.SaveVersionedAsync(
            row,
            expectedReps == 0 ? null : c => c.MemberId == memberId && c.QuestionId == questionId && c.Reps == expectedReps,
            SetMemory(row),
            ReviewLogRow.From(review),
            cancellationToken);
    }

    public async Task<ReviewEvent?> FindAnswerReviewAsync(long answerId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.ReviewLog.AsNoTracking().FirstOrDefaultAsync(r => r.AnswerId == answerId, cancellationToken);
        return row?.ToEvent();
    }

    public async Task<IReadOnlyList<ReviewEvent>> ListCardReviewsAsync(long memberId, string questionId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.ReviewLog.AsNoTracking().Where(r => r.MemberId == memberId && r.QuestionId == questionId)
            .OrderBy(r => r.At).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToEvent())];
    }

    public Task<bool> TryRerateAsync(DeckCard before, DeckCard after, long answerId, ReviewRating from, ReviewRating to, CancellationToken cancellationToken)
    {
        var row = ReviewCardRow.From(after);
        var (memberId, questionId) = (before.MemberId, before.QuestionId);
        var (reps, stability, difficulty) = (before.Memory.Reps, before.Memory.Stability, before.Memory.Difficulty);
        var (old, rating) = ((int)from, (int)to);
        return gate.TryUpdateBothAsync<ReviewLogRow, ReviewCardRow>(
            r => r.AnswerId == answerId && r.MemberId == memberId && r.Rating == old,
            s => s.SetProperty(r => r.Rating, rating),
            c => c.MemberId == memberId && c.QuestionId == questionId && c.Reps == reps && c.Stability == stability && c.Difficulty == difficulty,
            SetMemory(row),
            cancellationToken);
    }

    /// <summary>Writes a card's whole memory state (FSRS fields, reps, lapses); used by every store that rewrites a card.</summary>
    internal static Action<UpdateSettersBuilder<ReviewCardRow>> SetMemory(ReviewCardRow row) =>
        s => s.SetProperty(c => c.State, row.State)
            .SetProperty(c => c.Stability, row.Stability)
            .SetProperty(c => c.Difficulty, row.Difficulty)
            .SetProperty(c => c.Due, row.Due)
            .SetProperty(c => c.LastReview, row.LastReview)
            .SetProperty(c => c.ScheduledDays, row.ScheduledDays)
            .SetProperty(c => c.Reps, row.Reps)
            .SetProperty(c => c.Lapses, row.Lapses);

    public Task<bool> TryImportCardAsync(DeckCard card, IReadOnlyList<ReviewEvent> reviews, CancellationToken cancellationToken) =>
        gate.TryInsertAllAsync([ReviewCardRow.From(card), .. reviews.Select(ReviewLogRow.From)], cancellationToken);

    public async Task<bool> HasAnswerReviewAsync(long answerId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.ReviewLog.AsNoTracking().AnyAsync(r => r.AnswerId == answerId, cancellationToken);
    }

    public async Task<long> GetSyncWatermarkAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.ReviewSync.AsNoTracking().Where(s => s.Id == ReviewSyncRow.Only).Select(s => (long?)s.LastAnswerId).FirstOrDefaultAsync(cancellationToken) ?? 0;
    }

    public async Task<bool> TryAdvanceSyncWatermarkAsync(long from, long to, CancellationToken cancellationToken)
    {
        if (from == 0 && await gate.TryInsertAsync(new ReviewSyncRow { LastAnswerId = to }, cancellationToken))
        {
            return true;
        }

        return await gate.UpdateAsync<ReviewSyncRow>(s => s.Id == ReviewSyncRow.Only && s.LastAnswerId == from, s => s.SetProperty(x => x.LastAnswerId, to), cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<DeckCard>> ListDueCardsAsync(long memberId, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.ReviewCards.AsNoTracking()
            .Where(c => c.MemberId == memberId && c.Due <= now)
            .OrderBy(c => c.Due).ThenBy(c => c.QuestionId)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToCard())];
    }

    public async Task<DueCount> CountDueAsync(long memberId, DateTimeOffset now, DateTimeOffset overdueBefore, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var due = db.ReviewCards.AsNoTracking().Where(c => c.MemberId == memberId && c.Due <= now);
        return new DueCount(await due.CountAsync(cancellationToken), await due.CountAsync(c => c.Due < overdueBefore, cancellationToken));
    }

    public async Task<DateTimeOffset?> NextDueAsync(long memberId, DateTimeOffset after, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var next = await db.ReviewCards.AsNoTracking().Where(c => c.MemberId == memberId && c.Due > after).OrderBy(c => c.Due).FirstOrDefaultAsync(cancellationToken);
        return next?.Due;
    }

    public async Task<int> CountReviewsAsync(IReadOnlyCollection<long> memberIds, DateTimeOffset since, CancellationToken cancellationToken)
    {
        if (memberIds.Count == 0)
        {
            return 0;
        }

        await using var db = contexts.CreateDbContext();
        return await db.ReviewLog.AsNoTracking().CountAsync(r => memberIds.Contains(r.MemberId) && r.At >= since, cancellationToken);
    }

    public async Task<IReadOnlyList<DeckCard>> ListCardsAsync(long memberId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.ReviewCards.AsNoTracking().Where(c => c.MemberId == memberId).OrderBy(c => c.QuestionId).ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToCard())];
    }

    public async Task<IReadOnlyList<(DeckCard Card, IReadOnlyList<ReviewEvent> Reviews)>> ListDeckAsync(long memberId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var cards = await db.ReviewCards.AsNoTracking().Where(c => c.MemberId == memberId).OrderBy(c => c.QuestionId).ToListAsync(cancellationToken);
        var log = await db.ReviewLog.AsNoTracking().Where(r => r.MemberId == memberId).OrderBy(r => r.At).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var byQuestion = log.GroupBy(r => r.QuestionId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(r => r.ToEvent()).ToList(), StringComparer.Ordinal);
        return [.. cards.Select(c => (c.ToCard(), (IReadOnlyList<ReviewEvent>)(byQuestion.GetValueOrDefault(c.QuestionId) ?? [])))];
    }

    public async Task<ReviewSettings> GetSettingsAsync(long memberId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.ReviewSettings.AsNoTracking().FirstOrDefaultAsync(s => s.MemberId == memberId, cancellationToken);
        return row?.ToSettings() ?? ReviewSettings.Default(memberId);
    }

    public async Task SaveSettingsAsync(ReviewSettings settings, CancellationToken cancellationToken)
    {
        var row = ReviewSettingsRow.From(settings);
        if (await gate.TryInsertAsync(row, cancellationToken))
        {
            return;
        }

        await gate.UpdateAsync<ReviewSettingsRow>(
            s => s.MemberId == row.MemberId,
            s => s.SetProperty(x => x.Retention, row.Retention)
                .SetProperty(x => x.ExamDate, row.ExamDate)
                .SetProperty(x => x.ExamCode, row.ExamCode)
                .SetProperty(x => x.RemindAt, row.RemindAt)
                .SetProperty(x => x.TimeZone, row.TimeZone),
            cancellationToken);
    }

    public async Task<IReadOnlyList<ReviewSettings>> ListRemindersAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.ReviewSettings.AsNoTracking().Where(s => s.RemindAt != null).OrderBy(s => s.MemberId).ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToSettings())];
    }

    public async Task<bool> TryClaimReminderAsync(long memberId, DateOnly day, CancellationToken cancellationToken) =>
        await gate.UpdateAsync<ReviewSettingsRow>(
            s => s.MemberId == memberId && (s.LastRemindedOn == null || s.LastRemindedOn < day),
            s => s.SetProperty(x => x.LastRemindedOn, day),
            cancellationToken) == 1;
}
