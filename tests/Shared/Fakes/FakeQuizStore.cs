namespace StudyBot.Tests.Shared.Fakes;

public sealed class FakeQuizStore(FakeTables tables) : IQuizStore
{
    public FakeQuizStore()
        : this(new FakeTables())
    {
    }

    /// <summary>Copies of every quiz, in the order added.</summary>
    public IReadOnlyList<Quiz> Quizzes => tables.Locked(() => tables.Quizzes.Select(FakeTables.Copy).ToList());

    public Task<Quiz> AddQuizAsync(Quiz quiz, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        var added = FakeTables.Copy(quiz with { Id = tables.NextId() });
        tables.Quizzes.Add(added);
        return FakeTables.Copy(added);
    });

    public Task<Quiz?> FindQuizAsync(long id, CancellationToken cancellationToken) =>
        tables.LockedAsync(() => tables.Quizzes.FirstOrDefault(q => q.Id == id) is { } q ? FakeTables.Copy(q) : null);

    public Task<Quiz?> FinishQuizAsync(long quizId, DateTimeOffset finishedAt, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        var i = tables.Quizzes.FindIndex(q => q.Id == quizId);
        if (i < 0)
        {
            return null;
        }

        if (tables.Quizzes[i].FinishedAt is null)
        {
            tables.Quizzes[i] = tables.Quizzes[i] with { FinishedAt = finishedAt };
        }

        return (Quiz?)FakeTables.Copy(tables.Quizzes[i]);
    });
}
