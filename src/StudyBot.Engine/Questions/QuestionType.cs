namespace StudyBot.Engine.Questions;

public enum QuestionType
{
    Single,
    Multiple,
    Ordering,
    Matching,
}
