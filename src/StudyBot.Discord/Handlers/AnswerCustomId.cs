using System.Globalization;

namespace StudyBot.Discord.Handlers;

/// <summary>
/// The custom id of an answer component: <c>kind:roundId:labels</c>, e.g. <c>q:42:B</c>. For ordering questions the labels
/// accumulate with each pick (<c>q:42:CA</c>); a select menu carries none and sends its values.
/// </summary>
public sealed record AnswerCustomId(string Kind, long RoundId, string Labels)
{
    public const string Quiz = "q";
    public const string Daily = "d";

    /// <summary>The "Report a problem" button of a round, and the modal it opens (no labels).</summary>
    public const string Report = "r";
    public const string ReportForm = "f";

    public override string ToString() => $"{Kind}:{RoundId.ToString(CultureInfo.InvariantCulture)}:{Labels}";

    public IReadOnlyList<string> LabelList => Labels.Select(c => c.ToString()).ToList();

    public static AnswerCustomId? TryParse(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 100)
        {
            return null;
        }

        var parts = value.Split(':');
        if (parts.Length != 3 || parts[0] is not (Quiz or Daily or Report or ReportForm)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var roundId) || roundId <= 0
            || parts[2].Length > Grader.Labels.Length || parts[2].Any(c => !Grader.Labels.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        return new AnswerCustomId(parts[0], roundId, parts[2]);
    }
}
