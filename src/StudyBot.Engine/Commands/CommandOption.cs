namespace StudyBot.Engine.Commands;

/// <summary>One option of a command: its name, type, help, and what values it accepts.</summary>
/// <param name="Needs">Another option this one only makes sense with (a domain needs its exam).</param>
public sealed record CommandOption(
    string Name,
    OptionType Type,
    string Description,
    bool Required = false,
    int? Min = null,
    int? Max = null,
    IReadOnlyList<OptionChoice>? Choices = null,
    string? Needs = null)
{
    public IReadOnlyList<OptionChoice> ChoiceList => Choices ?? [];
}

/// <summary>A fixed choice: the word a member types and how it is labelled in pickers.</summary>
public sealed record OptionChoice(string Value, string Label);
