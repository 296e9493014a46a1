namespace StudyBot.Host.Startup;

public sealed class QuestionsOptions
{
    public const string SectionName = "Questions";

    /// <summary>Folder of the bank; empty means the <c>questions/</c> folder shipped beside the app.</summary>
    public string Path { get; set; } = string.Empty;

    public string ResolvePath() =>
        string.IsNullOrWhiteSpace(Path) ? System.IO.Path.Combine(AppContext.BaseDirectory, "questions") : System.IO.Path.GetFullPath(Path);
}
