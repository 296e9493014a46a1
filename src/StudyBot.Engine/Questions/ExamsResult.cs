namespace StudyBot.Engine.Questions;

/// <summary>The exam catalog as members see it: active exams first, retired ones marked.</summary>
public sealed record ExamsResult(IReadOnlyList<ExamSummaryView> Exams) : CommandResult(Audience.Private);

public sealed record ExamSummaryView(Exam Exam, int Questions);
