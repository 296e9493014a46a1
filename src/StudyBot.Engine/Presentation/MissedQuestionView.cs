namespace StudyBot.Engine.Presentation;

public sealed record MissedQuestionView(string QuestionId, string Prompt, string CorrectText, string Explanation);
