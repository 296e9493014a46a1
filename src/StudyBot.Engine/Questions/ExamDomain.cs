namespace StudyBot.Engine.Questions;

public sealed record ExamDomain(int Number, string Name, int WeightPercent);
