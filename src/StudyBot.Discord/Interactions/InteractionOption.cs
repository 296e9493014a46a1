using System.Globalization;

namespace StudyBot.Discord.Interactions;

/// <summary>A command option: a value (subcommands and groups have none), or nested options under a subcommand.</summary>
public sealed record InteractionOption(string Name, int Type, RawValue? Value, IReadOnlyList<InteractionOption>? Options, bool? Focused)
{
    public const int SubcommandType = 1;
    public const int SubcommandGroupType = 2;
    public const int MaxType = 11;

    public bool IsSubcommand => Type is SubcommandType or SubcommandGroupType;

    public string? StringValue => Value?.Text;

    public long? IntegerValue => Value is { Kind: RawKind.Number } v
        && long.TryParse(v.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    public bool? BooleanValue => Value is { Kind: RawKind.Boolean } v ? v.Text == "true" : null;
}
