namespace StudyBot.Engine.Questions;

/// <summary><c>exams</c>: the exams the bank prepares for, with their format, and how many questions it holds for each.</summary>
public sealed class ExamsService(QuestionBank bank)
{
    public ExamsResult List() => new([.. bank.Exams.All.Select(e => new ExamSummaryView(e, bank.Filter(e.Code, null).Count))]);
}
