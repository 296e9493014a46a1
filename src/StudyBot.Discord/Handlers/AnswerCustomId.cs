using System.Globalization;

namespace StudyBot.Discord.Handlers;

/// <summary>
/// The custom id of an answer component: <c>kind:roundId:labels</c>, e.g. <c>q:42:B</c>; a select menu carries none and sends
/// its values. An answer built over several clicks (ordering, matching) adds a step and carries the draft so far as its
/// labels (<see cref="AnswerDraft.State"/>): <c>q:42:CA:o</c> shows the order C, A; <c>q:42:B-C:m2</c> is item 2's select.
/// A rating button after a right answer is <c>r:roundId:H</c>, <c>G</c> or <c>E</c> (Hard, Good, Easy);
/// <c>p:roundId:</c> is a round's "Report a problem" button and <c>f:roundId:</c> the modal it opens.
/// </summary>
public sealed record AnswerCustomId(string Kind, long RoundId, string Labels, string? Step = null)
{
    public const string Quiz = "q";
    public const string Daily = "d";
    public const string Mock = "m";
    public const string Rate = "r";

    /// <summary>The "Report a problem" button of a round (<c>p</c>, for problem), and the modal it opens (no labels).</summary>
    public const string Report = "p";
    public const string ReportForm = "f";

    /// <summary>The letters of the rating buttons: Hard, Good, Easy.</summary>
    public const string RatingLetters = "HGE";

    public override string ToString() =>
        $"{Kind}:{RoundId.ToString(CultureInfo.InvariantCulture)}:{Labels}{(Step is null ? string.Empty : ":" + Step)}";

    public IReadOnlyList<string> LabelList => Labels.Select(c => c.ToString()).ToList();

    public static AnswerCustomId? TryParse(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 100)
        {
            return null;
        }

        var parts = value.Split(':');
        if (parts.Length == 3 && parts[0] == Mock)
        {
            return long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var attemptId) && attemptId > 0 && MockComponentId.IsValid(parts[2])
                ? new AnswerCustomId(Mock, attemptId, parts[2])
                : null;
        }

        if (parts.Length == 3 && parts[0] == Rate)
        {
            return long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ratedId) && ratedId > 0
                && parts[2].Length == 1 && RatingLetters.Contains(parts[2], StringComparison.Ordinal)
                ? new AnswerCustomId(Rate, ratedId, parts[2])
                : null;
        }

        if (parts.Length == 3 && parts[0] is (Report or ReportForm))
        {
            return long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var reportedId) && reportedId > 0 && parts[2].Length == 0
                ? new AnswerCustomId(parts[0], reportedId, string.Empty)
                : null;
        }

        var step = parts.Length == 4 ? parts[3] : null;
        if (parts.Length is not (3 or 4) || parts[0] is not (Quiz or Daily)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var roundId) || roundId <= 0
            || parts[2].Length > Grader.Labels.Length
            || parts[2].Any(c => !Grader.Labels.Contains(c, StringComparison.Ordinal) && (step is null || c != AnswerDraft.Unset))
            || step is not null && !BuilderSteps.IsStep(step))
        {
            return null;
        }

        return new AnswerCustomId(parts[0], roundId, parts[2], step);
    }
}
