namespace StudyBot.Engine.Commands;

/// <summary>A command (or a subcommand) as the catalog defines it.</summary>
public sealed record CommandDefinition(
    string Name,
    string Description,
    IReadOnlyList<CommandOption> Options,
    IReadOnlyList<CommandDefinition>? Subcommands = null,
    bool AdminOnly = false,
    IReadOnlyList<string>? Aliases = null)
{
    public IReadOnlyList<CommandDefinition> SubcommandList => Subcommands ?? [];

    public IReadOnlyList<string> AliasList => Aliases ?? [];

    public CommandOption? FindOption(string name) => Options.FirstOrDefault(o => o.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public CommandDefinition? FindSubcommand(string name) => SubcommandList.FirstOrDefault(s =>
        s.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || s.AliasList.Contains(name, StringComparer.OrdinalIgnoreCase));
}
