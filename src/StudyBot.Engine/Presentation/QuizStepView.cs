namespace StudyBot.Engine.Presentation;

/// <summary>The result of one quiz answer, then the next question or, after the last, the summary.</summary>
public sealed record QuizStepView(AnswerResultView Result, RoundView? Next, QuizSummaryView? Summary);
