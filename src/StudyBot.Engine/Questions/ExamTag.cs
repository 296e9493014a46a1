namespace StudyBot.Engine.Questions;

/// <summary>Where a question sits in an official exam guide.</summary>
public sealed record ExamTag(string Exam, int Domain, string? Task);
