namespace StudyBot.Engine.Questions;

// Shapes of exams.yaml as written; validated and turned into Exam records by ExamCatalogLoader.
internal sealed class ExamCatalogDocument
{
    public List<ExamDocument>? Exams { get; set; }
}

internal sealed class ExamDocument
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Level { get; set; }
    public string? Status { get; set; }
    public string? Retired { get; set; }
    public string? ScoredQuestions { get; set; }
    public string? UnscoredQuestions { get; set; }
    public string? Minutes { get; set; }
    public string? PassingScore { get; set; }
    public List<string>? QuestionTypes { get; set; }
    public List<ExamDomainDocument>? Domains { get; set; }
}

internal sealed class ExamDomainDocument
{
    public string? Number { get; set; }
    public string? Name { get; set; }
    public string? Weight { get; set; }
}
