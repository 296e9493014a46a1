namespace StudyBot.Bench.Clicks;

/// <summary>One component interaction: the custom id, the component type, and a select menu's values.</summary>
internal sealed record ClickChoice(string CustomId, int ComponentType, IReadOnlyList<string>? Values);
