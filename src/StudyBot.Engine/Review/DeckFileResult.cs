namespace StudyBot.Engine.Review;

/// <summary><c>review export</c>: the member's own deck as a file, with a line saying what it holds; only they see it.</summary>
public sealed record DeckFileResult(string FileName, string ContentType, byte[] Content, Text Summary) : CommandResult(Audience.Private)
{
    /// <summary>The format asked for: csv or json.</summary>
    public string Format => ContentType == "text/csv" ? "csv" : "json";
}
