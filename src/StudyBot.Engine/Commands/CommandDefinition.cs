namespace StudyBot.Engine.Commands;

/// <summary>A command (or a subcommand) as the catalog defines it.</summary>
/// <param name="Slow">It may take longer than a platform waits for a first reply (it posts): adapters defer it.</param>
public sealed record CommandDefinition(
    string Name,
    string Description,
    IReadOnlyList<CommandOption> Options,
    IReadOnlyList<CommandDefinition>? Subcommands = null,
    bool AdminOnly = false,
    IReadOnlyList<string>? Aliases = null,
    bool Slow = false)
{
    public IReadOnlyList<CommandDefinition> SubcommandList => Subcommands ?? [];

    public IReadOnlyList<string> AliasList => Aliases ?? [];

    public CommandOption? FindOption(string name) => Options.FirstOrDefault(o => o.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public CommandDefinition? FindSubcommand(string name) => SubcommandList.FirstOrDefault(s =>
        s.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || s.AliasList.Contains(name, StringComparer.OrdinalIgnoreCase));
}
