namespace StudyBot.Engine.Questions;

public enum ExamLevel
{
    Foundational,
    Associate,
    Professional,
    Specialty,
}
