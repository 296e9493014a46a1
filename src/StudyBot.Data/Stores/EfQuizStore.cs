using Microsoft.EntityFrameworkCore;
using StudyBot.Data.Providers;

namespace StudyBot.Data.Stores;

public sealed class EfQuizStore(StudyBotDbContextFactory contexts, WriteGate gate) : IQuizStore
{
    public async Task<Quiz> AddQuizAsync(Quiz quiz, CancellationToken cancellationToken)
    {
        // A copy takes the generated id: the caller's record stays as it was given.
        var row = quiz with { Id = 0 };
        await gate.InsertAsync(row, cancellationToken);
        return row;
    }

    public async Task<Quiz?> FindQuizAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Quizzes.AsNoTracking().FirstOrDefaultAsync(q => q.Id == id, cancellationToken);
    }

    public async Task<Quiz?> FinishQuizAsync(long quizId, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        await gate.UpdateAsync<Quiz>(q => q.Id == quizId && q.FinishedAt == null, s => s.SetProperty(q => q.FinishedAt, finishedAt), cancellationToken);
        return await FindQuizAsync(quizId, cancellationToken);
    }
}
