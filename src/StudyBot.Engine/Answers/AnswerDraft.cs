namespace StudyBot.Engine.Answers;

/// <summary>
/// An answer a member builds over several clicks: for ordering the choices placed so far, for matching the choice picked for
/// each item. Between clicks the platform keeps it where its protocol allows (a Discord custom id, a Teams card's data) as
/// the short text <see cref="State"/> gives ("CA" for an order, "B-C" for matches with item 2 open); nothing is stored
/// until the finished answer is submitted, and the draft is checked by the rules that grade it (<see cref="Grader"/>).
/// </summary>
public sealed class AnswerDraft
{
    /// <summary>In <see cref="State"/>, an item of a matching question that has no pick yet.</summary>
    public const char Unset = '-';

    private readonly RoundView _round;

    // Ordering: the labels placed, in order. Matching: one label per item, empty when the item has no pick yet.
    private readonly IReadOnlyList<string> _slots;

    private AnswerDraft(RoundView round, IReadOnlyList<string> slots)
    {
        _round = round;
        _slots = slots;
    }

    /// <summary>Whether a question of this type is answered by building a draft (the others take one click or one select).</summary>
    public static bool IsBuilt(QuestionType type) => type is QuestionType.Ordering or QuestionType.Matching;

    public static AnswerDraft Start(RoundView round) =>
        new(round, round.Type == QuestionType.Matching ? Enumerable.Repeat(string.Empty, round.Items.Count).ToList() : []);

    /// <summary>
    /// Reads a draft back from <see cref="State"/>; null when the text cannot be one for this question (a label it does not
    /// show, a choice placed twice in an order, a length that does not fit). An empty text is a fresh draft.
    /// </summary>
    public static AnswerDraft? Parse(RoundView round, string? state)
    {
        if (!IsBuilt(round.Type))
        {
            return null;
        }

        state ??= string.Empty;
        var labels = round.Choices.Select(c => c.Label).ToHashSet(StringComparer.Ordinal);
        if (round.Type == QuestionType.Ordering)
        {
            var placed = state.Select(c => c.ToString()).ToList();
            return placed.Count <= round.Choices.Count && placed.All(labels.Contains) && placed.Distinct(StringComparer.Ordinal).Count() == placed.Count
                ? new AnswerDraft(round, placed)
                : null;
        }

        if (state.Length == 0)
        {
            return Start(round);
        }

        if (state.Length != round.Items.Count)
        {
            return null;
        }

        var picks = state.Select(c => c == Unset ? string.Empty : c.ToString()).ToList();
        return picks.All(p => p.Length == 0 || labels.Contains(p)) ? new AnswerDraft(round, picks) : null;
    }

    /// <summary>A draft from labels an adapter has read and checked (the order so far, or one label per item, empty when open).</summary>
    public static AnswerDraft From(RoundView round, IReadOnlyList<string> slots) =>
        Parse(round, Encode(round.Type, slots)) ?? Start(round);

    public QuestionType Type => _round.Type;

    /// <summary>The draft as a short text for the platform to carry between clicks.</summary>
    public string State => Encode(_round.Type, _slots);

    /// <summary>Ordering: the labels placed so far. Matching: one label per item, empty where the item has no pick.</summary>
    public IReadOnlyList<string> Slots => _slots;

    public bool IsEmpty => _slots.All(s => s.Length == 0);

    /// <summary>Ordering: the choices not placed yet, in the order shown.</summary>
    public IReadOnlyList<ChoiceView> Remaining => _round.Choices.Where(c => !_slots.Contains(c.Label, StringComparer.Ordinal)).ToList();

    /// <summary>Matching: the label picked for item <paramref name="item"/> (1, 2, …), or null.</summary>
    public string? PickFor(int item) => item >= 1 && item <= _slots.Count && _slots[item - 1].Length > 0 ? _slots[item - 1] : null;

    /// <summary>Ordering: places the choice next; a label already placed, or not shown, changes nothing.</summary>
    public AnswerDraft Place(string label) =>
        _round.Type == QuestionType.Ordering && Remaining.Any(c => c.Label == label) ? new AnswerDraft(_round, [.. _slots, label]) : this;

    /// <summary>Ordering: takes the last placed choice back.</summary>
    public AnswerDraft Undo() => _round.Type == QuestionType.Ordering && _slots.Count > 0 ? new AnswerDraft(_round, _slots.Take(_slots.Count - 1).ToList()) : this;

    /// <summary>Starts over: nothing placed, no item matched.</summary>
    public AnswerDraft Clear() => Start(_round);

    /// <summary>Matching: picks <paramref name="label"/> for item <paramref name="item"/> (null clears it); an item or label the question does not have changes nothing.</summary>
    public AnswerDraft Match(int item, string? label)
    {
        if (_round.Type != QuestionType.Matching || item < 1 || item > _slots.Count
            || label is not null && _round.Choices.All(c => c.Label != label))
        {
            return this;
        }

        var slots = _slots.ToArray();
        slots[item - 1] = label ?? string.Empty;
        return new AnswerDraft(_round, slots);
    }

    /// <summary>What to submit: the order, or one label per item in item order.</summary>
    public IReadOnlyList<string> Labels => _slots;

    /// <summary>Why the draft cannot be submitted yet, in the grader's words; null when it can.</summary>
    public string? Problem => Grader.Validate(_round.Type, _round.Choices.Count, _round.Items.Count, _round.PickCount, _slots);

    public bool IsComplete => Problem is null;

    /// <summary>Where the member is: what is placed or matched so far and what is left to do.</summary>
    public Text Status
    {
        get
        {
            if (_round.Type == QuestionType.Ordering)
            {
                var order = Grader.DescribeChosen(QuestionType.Ordering, _slots);
                return _slots.Count == 0 ? Text.Of("Build the order: pick the first step.")
                    : _slots.Count < _round.Choices.Count ? Text.Of($"Your order so far: {order}. Pick the next step.")
                    : Text.Of($"Your order: {order}. Submit it, or undo the last step to change it.");
            }

            var matched = _slots.Select((s, i) => (Label: s, Item: i + 1)).Where(p => p.Label.Length > 0).ToList();
            var open = _slots.Select((s, i) => (Label: s, Item: i + 1)).Where(p => p.Label.Length == 0).Select(p => p.Item.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            if (matched.Count == 0)
            {
                return Text.Of("Pick a choice for each item, then submit.");
            }

            var so = string.Join(", ", matched.Select(p => $"{p.Item} → {p.Label}"));
            return open.Count > 0
                ? Text.Of($"Matched so far: {so}. Still to match: item{(open.Count == 1 ? string.Empty : "s")} {Grader.JoinWords(open)}.")
                : Text.Of($"Your matches: {so}. Submit them when you are ready.");
        }
    }

    private static string Encode(QuestionType type, IReadOnlyList<string> slots) =>
        type == QuestionType.Matching
            ? string.Concat(slots.Select(s => s.Length == 0 ? Unset.ToString() : s))
            : string.Concat(slots);
}
