namespace StudyBot.Engine.Quizzes;

/// <summary>A request for a personal quiz; exam and domain optional, count 1 to <see cref="QuizService.MaxCount"/>.</summary>
public sealed record QuizRequest(string? Exam, int? Domain, int Count = QuizService.DefaultCount);
