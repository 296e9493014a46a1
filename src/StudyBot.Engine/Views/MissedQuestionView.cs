namespace StudyBot.Engine.Views;

public sealed record MissedQuestionView(string QuestionId, string Prompt, string CorrectText, string Explanation);
