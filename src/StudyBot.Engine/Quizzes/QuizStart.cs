namespace StudyBot.Engine.Quizzes;

/// <summary>The first question of a new quiz, or why none could start.</summary>
public sealed record QuizStart(long QuizId, RoundView? First, Notice? Error);
