using System.Globalization;

namespace StudyBot.Discord.Handlers;

/// <summary>
/// The steps of an answer built over several clicks, as the last part of a component's custom id. Each component carries
/// the draft it leads to (or, for a select, the draft it changes), so a click needs no state kept on our side.
/// </summary>
internal static class BuilderSteps
{
    /// <summary>Ordering: a choice placed next; the custom id carries the order with it.</summary>
    public const string Place = "o";

    /// <summary>Ordering: the last step taken back; the custom id carries the shorter order.</summary>
    public const string Undo = "u";

    /// <summary>Start over: nothing placed or matched.</summary>
    public const string Reset = "r";

    /// <summary>Submit the draft the custom id carries.</summary>
    public const string Submit = "s";

    /// <summary>Matching: item N's select (<c>m1</c> …); the member's pick arrives as the select's value.</summary>
    public const string MatchPrefix = "m";

    /// <summary>Matching: show page N of the items (<c>p1</c> …), when they need more select menus than one message holds.</summary>
    public const string PagePrefix = "p";

    public static string Match(int item) => MatchPrefix + item.ToString(CultureInfo.InvariantCulture);

    public static string Page(int page) => PagePrefix + page.ToString(CultureInfo.InvariantCulture);

    public static bool IsStep(string step) =>
        step is Place or Undo or Reset or Submit || Number(step, MatchPrefix) is not null || Number(step, PagePrefix) is not null;

    /// <summary>The number after <paramref name="prefix"/> (1 to 9), or null.</summary>
    public static int? Number(string? step, string prefix) =>
        step is { Length: 2 } && step.StartsWith(prefix, StringComparison.Ordinal) && step[1] is >= '1' and <= '9' ? step[1] - '0' : null;
}
