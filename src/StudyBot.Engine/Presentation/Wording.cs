using System.Globalization;

namespace StudyBot.Engine.Presentation;

/// <summary>Figures in words every platform shows the same way: "1 point", "3 points", "75%".</summary>
public static class Wording
{
    /// <summary>"1 point", "0 points", "3 points".</summary>
    public static string Points(int points) => Count(points, "point", "points");

    /// <summary>"1 answer", "4 answers".</summary>
    public static string Answers(int answers) => Count(answers, "answer", "answers");

    /// <summary>"1 vote", "2 votes".</summary>
    public static string Votes(int votes) => Count(votes, "vote", "votes");

    public static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");

    /// <summary>A share (0 to 1) as a whole percentage with no space before the sign: "0%", "67%", "100%".</summary>
    public static string Percent(double share) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Round(Math.Clamp(share, 0, 1) * 100, MidpointRounding.AwayFromZero)}%");

    /// <summary>Whether a prompt already says how many to pick ("(Choose three.)"), so no second hint is needed.</summary>
    public static bool SaysHowManyToPick(string prompt) => prompt.Contains("(Choose", StringComparison.OrdinalIgnoreCase)
        || prompt.Contains("(Select", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Text for a short title: whole when it fits, otherwise cut at the last word boundary before <paramref name="max"/>
    /// characters with an ellipsis, never inside a word.
    /// </summary>
    public static string Shorten(string text, int max)
    {
        var flat = string.Join(' ', text.ReplaceLineEndings(" ").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= max)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', Math.Max(0, max - 1));
        var head = cut > max / 2 ? flat[..cut] : flat[..(max - 1)];
        return head.TrimEnd(' ', ',', ';', ':', '.', '-') + "…";
    }
}
