using System.Globalization;
using System.Text.RegularExpressions;

namespace StudyBot.Engine.Questions;

/// <summary>
/// Reads an answer typed as text (the terminal): the letters for single, multiple and ordering questions (<c>B</c>,
/// <c>A C</c>, <c>C A D B</c>), and for matching each item's number with its letter (<c>1B 2A 3C</c>, in any order, with or
/// without separators such as <c>1-B, 2:A</c>) or just the letters in item order (<c>B A C</c>).
/// </summary>
public static partial class AnswerInput
{
    public const string MatchingExample = "1B 2A 3C";

    /// <summary>The labels in the order the grader reads them (for matching one per item, empty where an item was not given), or why the text cannot be read.</summary>
    public static (IReadOnlyList<string>? Labels, string? Problem) Parse(RoundView round, string? input)
    {
        if (round.Type != QuestionType.Matching)
        {
            return (Grader.ParseLabels(input), null);
        }

        var text = (input ?? string.Empty).Trim();
        var how = $"Give each item's number with its letter, e.g. {MatchingExample}.";
        if (text.Length == 0)
        {
            return (null, how);
        }

        if (!text.Any(char.IsAsciiDigit))
        {
            // Just the letters in item order: "B A C", or "BAC" when it has one letter per item; not words.
            var tokens = Separators().Split(text).Where(t => t.Length > 0).ToList();
            return tokens.All(t => t.Length == 1 && char.IsAsciiLetter(t[0])) || tokens is [var word] && word.Length == round.Items.Count && word.All(char.IsAsciiLetter)
                ? (Grader.ParseLabels(text), null)
                : (null, $"I can't read '{text}'. {how}");
        }

        var picks = Enumerable.Repeat(string.Empty, round.Items.Count).ToArray();
        string? problem = null;
        var rest = Pair().Replace(text, match =>
        {
            var number = int.TryParse(match.Groups["item"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
            if (number < 1 || number > picks.Length)
            {
                problem ??= $"There is no item {match.Groups["item"].Value}: the items are 1 to {picks.Length}. {how}";
            }
            else if (picks[number - 1].Length > 0)
            {
                problem ??= $"Item {number} is given twice ({number}{picks[number - 1]} and {match.Value.Trim()}): give each item one letter.";
            }
            else
            {
                picks[number - 1] = match.Groups["label"].Value.ToUpperInvariant();
            }

            return " ";
        });
        var unread = Separators().Replace(rest, " ").Trim();
        if (unread.Length > 0)
        {
            return (null, $"I can't read '{unread}'. {how}");
        }

        return problem is null ? (picks, null) : (null, problem);
    }

    [GeneratedRegex(@"(?<item>\d+)\s*[-:=.)>→]?\s*(?<label>[A-Za-z])(?![A-Za-z])")]
    private static partial Regex Pair();

    [GeneratedRegex(@"[\s,;]+")]
    private static partial Regex Separators();
}
