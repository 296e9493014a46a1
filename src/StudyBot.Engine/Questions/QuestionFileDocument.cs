namespace StudyBot.Engine.Questions;

// Shapes of the YAML file as written; validated and turned into Question records by the loader.
internal sealed class QuestionFileDocument
{
    public string? Topic { get; set; }
    public string? Title { get; set; }
    public List<QuestionDocument>? Questions { get; set; }
}

internal sealed class QuestionDocument
{
    public string? Id { get; set; }
    public string? Type { get; set; }
    public string? Difficulty { get; set; }
    public List<ExamTagDocument>? Exams { get; set; }
    public List<string>? Services { get; set; }
    public string? Prompt { get; set; }
    public Dictionary<string, string>? Choices { get; set; }
    public Dictionary<string, string>? Items { get; set; }
    public object? Answer { get; set; }
    public string? Explanation { get; set; }
    public List<string>? References { get; set; }
    public string? Verified { get; set; }
    public List<string>? Seed { get; set; }
}

internal sealed class ExamTagDocument
{
    public string? Exam { get; set; }
    public string? Domain { get; set; }
    public string? Task { get; set; }
}
