using System.Text.Json;

namespace StudyBot.Discord.Interactions;

/// <summary>A command option: a value, or (subcommand, group) nested options.</summary>
public sealed record InteractionOption(string Name, int Type, JsonElement? Value, IReadOnlyList<InteractionOption>? Options, bool? Focused)
{
    public string? StringValue => Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : Value?.ToString();

    public long? IntegerValue => Value is { ValueKind: JsonValueKind.Number } v && v.TryGetInt64(out var n) ? n : null;

    public bool? BooleanValue => Value?.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
