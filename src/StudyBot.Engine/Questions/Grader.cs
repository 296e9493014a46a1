using System.Globalization;

namespace StudyBot.Engine.Questions;

/// <summary>
/// Maps shown labels to the author's keys and grades exactly: the key, the exact set, the exact order, or for matching
/// the exact choice of every item (the member gives one shown label per item, in item order).
/// </summary>
public static class Grader
{
    public const string Labels = "ABCDEF";

    public static string LabelAt(int index) => Labels[index].ToString();

    /// <summary>Reads labels from input such as <c>B</c>, <c>a, c</c> or <c>C A D B</c>.</summary>
    public static IReadOnlyList<string> ParseLabels(string? input) =>
        (input ?? string.Empty).ToUpperInvariant().Where(char.IsLetter).Select(c => c.ToString()).ToList();

    /// <summary>Checks the shape of a choice; returns an error message, or null when it fits the question.</summary>
    public static string? Validate(Question question, string choiceOrder, IReadOnlyList<string> labels) =>
        Validate(question.Type, choiceOrder.Length, question.Items.Count, question.PickCount, labels);

    /// <summary>
    /// The same rules from what a member is shown (a round's view), so an answer built over several clicks is checked by
    /// the rules that grade it. For matching, <paramref name="labels"/> holds one label per item in item order, an empty one
    /// for an item not matched yet.
    /// </summary>
    public static string? Validate(QuestionType type, int choiceCount, int itemCount, int pickCount, IReadOnlyList<string> labels)
    {
        var valid = Enumerable.Range(0, choiceCount).Select(LabelAt).ToHashSet(StringComparer.Ordinal);
        if (labels.All(l => l.Length == 0))
        {
            return type == QuestionType.Matching ? "Match each item to a choice first." : "Pick a choice first.";
        }

        if (type == QuestionType.Matching && labels.Count == itemCount && labels.Any(l => l.Length == 0))
        {
            var missing = labels.Select((l, i) => (l, Item: i + 1)).Where(p => p.l.Length == 0).Select(p => p.Item.ToString(CultureInfo.InvariantCulture)).ToList();
            return $"Pick a match for item{(missing.Count == 1 ? string.Empty : "s")} {JoinWords(missing)}: every item needs one.";
        }

        var unknown = labels.Where(l => !valid.Contains(l)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            return $"{string.Join(", ", unknown)} is not one of the choices ({string.Join(", ", valid.Order())}).";
        }

        if (type == QuestionType.Matching && labels.Count != itemCount)
        {
            return $"Match all {itemCount} items: give one choice label per item, in item order (you gave {labels.Count}).";
        }

        if (labels.GroupBy(l => l, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            if (type != QuestionType.Matching)
            {
                return "Each choice can be picked once.";
            }

            var items = labels.Select((l, i) => (l, Item: i + 1)).Where(p => p.l == twice.Key).Select(p => p.Item.ToString(CultureInfo.InvariantCulture)).ToList();
            return $"{twice.Key} is matched to items {JoinWords(items)}: each choice fits one item only, so use a label once.";
        }

        return type switch
        {
            QuestionType.Single when labels.Count != 1 => "Pick exactly one choice.",
            QuestionType.Multiple when labels.Count != pickCount => $"Pick exactly {pickCount} choices.",
            QuestionType.Ordering when labels.Count != choiceCount => $"Put all {choiceCount} choices in order.",
            _ => null,
        };
    }

    /// <summary>How a member's pick reads: "B", "A, C", "C → A → B", or for matching "1 → B, 2 → A, 3 → C".</summary>
    public static string DescribeChosen(QuestionType type, IReadOnlyList<string> labels) => type switch
    {
        QuestionType.Ordering => string.Join(" → ", labels),
        QuestionType.Matching => string.Join(", ", labels.Select((l, i) => $"{i + 1} → {(l.Length == 0 ? "?" : l)}")),
        _ => string.Join(", ", labels),
    };

    /// <summary>"2", "2 and 4", "1, 2 and 4".</summary>
    public static string JoinWords(IReadOnlyList<string> words) =>
        words.Count <= 1 ? string.Concat(words) : $"{string.Join(", ", words.Take(words.Count - 1))} and {words[^1]}";

    public static IReadOnlyList<string> ToKeys(string choiceOrder, IEnumerable<string> labels) =>
        labels.Select(l => choiceOrder[Labels.IndexOf(l[0], StringComparison.Ordinal)].ToString()).ToList();

    public static IReadOnlyList<string> ToLabels(string choiceOrder, IEnumerable<string> keys) =>
        keys.Select(k => LabelAt(choiceOrder.IndexOf(k[0], StringComparison.Ordinal))).ToList();

    /// <summary>The correct labels in the shown order: the key, the set sorted by label, or the sequence.</summary>
    public static IReadOnlyList<string> CorrectLabels(Question question, string choiceOrder)
    {
        var labels = ToLabels(choiceOrder, question.Answer);
        return question.Type is QuestionType.Ordering or QuestionType.Matching ? labels : labels.Order(StringComparer.Ordinal).ToList();
    }

    public static bool IsCorrect(Question question, IReadOnlyList<string> keys) => question.Type switch
    {
        QuestionType.Ordering or QuestionType.Matching => keys.SequenceEqual(question.Answer, StringComparer.Ordinal),
        _ => keys.Count == question.Answer.Count && keys.ToHashSet(StringComparer.Ordinal).SetEquals(question.Answer),
    };

    public static int PointsFor(Question question, bool correct) => correct ? question.Points : 0;

    /// <summary>A random order of the question's keys, as the round will show them.</summary>
    public static string Shuffle(Question question, IRandomSource random)
    {
        var keys = question.Choices.Keys.Order(StringComparer.Ordinal).ToArray();
        for (var i = keys.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (keys[i], keys[j]) = (keys[j], keys[i]);
        }

        return string.Concat(keys);
    }

    /// <summary>How the correct answer reads: "B: text", "A, C" with texts, "C → A → B", or "1 → B: text; 2 → A: text".</summary>
    public static string DescribeCorrect(Question question, string choiceOrder)
    {
        var labels = CorrectLabels(question, choiceOrder);
        var keys = ToKeys(choiceOrder, labels);
        if (question.Type == QuestionType.Matching)
        {
            return string.Join("; ", question.Items.Keys.Zip(labels.Zip(keys), (item, pair) => $"{item} → {pair.First}: {question.Choices[pair.Second]}"));
        }

        var parts = labels.Zip(keys, (label, key) => $"{label}: {question.Choices[key]}");
        return string.Join(question.Type == QuestionType.Ordering ? " → " : "; ", parts);
    }
}
