namespace StudyBot.Discord.Interactions;

/// <summary>An action row (1), button (2) or string select (3); only the fields of its kind are set.</summary>
public sealed record DiscordComponent
{
    public const int ActionRowType = 1;
    public const int ButtonType = 2;
    public const int StringSelectType = 3;
    public const int MaxCustomIdLength = 100;

    public required int Type { get; init; }

    public IReadOnlyList<DiscordComponent>? Components { get; init; }

    public int? Style { get; init; }

    public string? Label { get; init; }

    public string? CustomId { get; init; }

    public bool? Disabled { get; init; }

    public IReadOnlyList<SelectOption>? Options { get; init; }

    public string? Placeholder { get; init; }

    public int? MinValues { get; init; }

    public int? MaxValues { get; init; }

    public static DiscordComponent Row(IReadOnlyList<DiscordComponent> items) => new() { Type = ActionRowType, Components = items };
}
