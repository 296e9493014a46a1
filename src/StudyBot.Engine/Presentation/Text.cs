namespace StudyBot.Engine.Presentation;

/// <summary>
/// Product prose as data: plain words (which adapters escape for their markdown) and command references (which they
/// write in their own syntax). The engine never writes platform syntax itself.
/// </summary>
public sealed record Text(IReadOnlyList<TextPart> Parts)
{
    public static Text Empty { get; } = new([]);

    /// <summary>Strings become plain parts, <see cref="CommandRef"/>s command parts.</summary>
    public static Text Of(params object[] parts) => new(parts.SelectMany(Flatten).ToList());

    public static implicit operator Text(string plain) => Of(plain);

    public Text Append(params object[] parts) => new([.. Parts, .. parts.SelectMany(Flatten)]);

    /// <summary>The words with each command written by <paramref name="command"/>; for logs, tests and plain surfaces.</summary>
    public string Render(Func<CommandRef, string> command, Func<string, string>? plain = null, Func<TimePart, string>? time = null, Func<OptionPart, string>? option = null) =>
        string.Concat(Parts.Select(p => p switch
        {
            PlainPart t => plain is null ? t.Value : plain(t.Value),
            CommandPart c => command(c.Command),
            TimePart t => time is null ? LocalTime.Describe(t) : time(t),
            OptionPart o => option is not null ? option(o) : plain is null ? o.Name : plain(o.Name),
            _ => string.Empty,
        }));

    public IEnumerable<CommandRef> Commands => Parts.OfType<CommandPart>().Select(c => c.Command);

    private static IEnumerable<TextPart> Flatten(object part) => part is Text text ? text.Parts : [ToPart(part)];

    private static TextPart ToPart(object part) => part switch
    {
        TextPart p => p,
        CommandRef c => new CommandPart(c),
        string s => new PlainPart(s),
        _ => new PlainPart(Convert.ToString(part, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
    };
}

public abstract record TextPart;

public sealed record PlainPart(string Value) : TextPart;

public sealed record CommandPart(CommandRef Command) : TextPart;

/// <summary>
/// A command option named in prose ("reveal_after_minutes must be …"): each adapter writes it as its members know it (the
/// option's name on Discord, plain words where values are typed without names).
/// </summary>
public sealed record OptionPart(string Name) : TextPart;
