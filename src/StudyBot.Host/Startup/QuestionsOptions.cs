namespace StudyBot.Host.Startup;

public sealed class QuestionsOptions
{
    public const string SectionName = "Questions";

    /// <summary>Folder of the bank, relative to the content root; empty means the <c>questions/</c> folder shipped beside the app.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>
    /// Relative to the content root, like every other path setting: the repository root under <c>dotnet run</c> (the
    /// project's working directory), the app's folder in Docker and systemd.
    /// </summary>
    public string ResolvePath(string contentRoot) =>
        string.IsNullOrWhiteSpace(Path) ? System.IO.Path.Combine(AppContext.BaseDirectory, "questions") : System.IO.Path.GetFullPath(Path, contentRoot);
}
