namespace StudyBot.Engine.Questions;

public enum ExamStatus
{
    Active,
    Retired,
}
