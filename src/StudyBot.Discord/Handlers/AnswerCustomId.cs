using System.Globalization;

namespace StudyBot.Discord.Handlers;

/// <summary>
/// The custom id of an answer component: <c>kind:roundId:labels</c>, e.g. <c>q:42:B</c>. For ordering questions the labels
/// accumulate with each pick (<c>q:42:CA</c>); a select menu carries none and sends its values. A rating button after a
/// right answer is <c>r:roundId:H</c>, <c>G</c> or <c>E</c> (Hard, Good, Easy).
/// </summary>
public sealed record AnswerCustomId(string Kind, long RoundId, string Labels)
{
    public const string Quiz = "q";
    public const string Daily = "d";
    public const string Rate = "r";

    /// <summary>The letters of the rating buttons: Hard, Good, Easy.</summary>
    public const string RatingLetters = "HGE";

    public override string ToString() => $"{Kind}:{RoundId.ToString(CultureInfo.InvariantCulture)}:{Labels}";

    public IReadOnlyList<string> LabelList => Labels.Select(c => c.ToString()).ToList();

    public static AnswerCustomId? TryParse(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 100)
        {
            return null;
        }

        var parts = value.Split(':');
        if (parts.Length != 3 || parts[0] is not (Quiz or Daily or Rate)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var roundId) || roundId <= 0
            || (parts[0] == Rate
                ? parts[2].Length != 1 || !RatingLetters.Contains(parts[2], StringComparison.Ordinal)
                : parts[2].Length > Grader.Labels.Length || parts[2].Any(c => !Grader.Labels.Contains(c, StringComparison.Ordinal))))
        {
            return null;
        }

        return new AnswerCustomId(parts[0], roundId, parts[2]);
    }
}
