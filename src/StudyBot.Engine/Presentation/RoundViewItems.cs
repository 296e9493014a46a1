namespace StudyBot.Engine.Presentation;

/// <summary>The items a matching question pairs with its choices (empty for the other types).</summary>
public sealed partial record RoundView
{
    /// <summary>Items numbered 1, 2, 3 … in the order the question shows them; each is matched to one choice label.</summary>
    public IReadOnlyList<ItemView> Items { get; init; } = [];
}

/// <summary>An item of a matching question as shown: its number (1, 2, …) and text.</summary>
public sealed record ItemView(int Number, string Text);
