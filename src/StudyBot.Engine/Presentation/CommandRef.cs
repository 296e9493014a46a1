namespace StudyBot.Engine.Presentation;

/// <summary>
/// A command the member could run, with the values to run it with. Each adapter writes it in its own syntax
/// (<c>/quiz exam:AIF-C01 domain:2</c> on Discord, <c>quiz AIF-C01 2</c> on Teams and in the terminal).
/// </summary>
public sealed record CommandRef(string Command, string? Subcommand = null, IReadOnlyList<KeyValuePair<string, string>>? Values = null)
{
    public IReadOnlyList<KeyValuePair<string, string>> Arguments => Values ?? [];

    public static CommandRef Of(string command, params (string Name, string Value)[] values) =>
        new(command, null, values.Select(v => KeyValuePair.Create(v.Name, v.Value)).ToList());

    public static CommandRef Sub(string command, string subcommand, params (string Name, string Value)[] values) =>
        new(command, subcommand, values.Select(v => KeyValuePair.Create(v.Name, v.Value)).ToList());
}
