namespace StudyBot.Engine.Quizzes;

public interface IQuizStore
{
    Task<Quiz> AddQuizAsync(Quiz quiz, CancellationToken cancellationToken);

    Task<Quiz?> FindQuizAsync(long id, CancellationToken cancellationToken);

    /// <summary>Records when the quiz was finished, unless it was already; the quiz as stored afterwards.</summary>
    Task<Quiz?> FinishQuizAsync(long quizId, DateTimeOffset finishedAt, CancellationToken cancellationToken);
}
