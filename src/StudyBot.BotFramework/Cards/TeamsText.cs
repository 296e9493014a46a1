using System.Text;

namespace StudyBot.BotFramework.Cards;

/// <summary>
/// The engine's prose in Teams' words: commands written as the text commands members type (<c>quiz AIF-C01 2</c>),
/// times with their zone named, and markdown and HTML-like characters escaped so text shows as written.
/// </summary>
public static class TeamsText
{
    public static string Render(Text text) => text.Render(c => $"`{Syntax(c)}`", Escape, LocalTime.Describe, o => Escape(OptionWords(o.Name)));

    /// <summary>An option in words: Teams members type values without names, so no <c>reveal_after_minutes</c>.</summary>
    public static string OptionWords(string option) => option switch
    {
        CommandNames.RevealAfter => "reveal delay",
        CommandNames.TimeZone => "time zone",
        _ => option.Replace('_', ' '),
    };

    /// <summary>The command as typed in Teams: the engine's text grammar (<c>quiz AIF-C01 2</c>).</summary>
    public static string Syntax(CommandRef command)
    {
        var formatted = CommandParser.Format(command);
        if (MentionsNeeded(command) is not { Count: > 0 } mentions || !formatted.Contains(':', StringComparison.Ordinal))
        {
            return formatted;
        }

        // A command that names a member takes them from the message's mentions, written after it ("setup admins add
        // @member"): read back with a mention in place, its values can stay positional as members type them.
        var head = command.Subcommand is null ? command.Command : $"{command.Command} {command.Subcommand}";
        var positional = string.Join(' ', new[] { head }.Concat(command.Arguments.Select(a => a.Value.Contains(' ', StringComparison.Ordinal) ? $"\"{a.Value}\"" : a.Value)));
        var parsed = CommandParser.ParseText(positional, mentions).Invocation;
        return parsed is not null && command.Arguments.All(a => parsed.Values.TryGetValue(a.Key, out var got)
                && string.Equals(Convert.ToString(got, System.Globalization.CultureInfo.InvariantCulture), a.Value, StringComparison.OrdinalIgnoreCase))
            ? positional
            : formatted;
    }

    private static List<MemberMention>? MentionsNeeded(CommandRef command)
    {
        var definition = CommandCatalog.Find(command.Command);
        var target = command.Subcommand is null ? definition : definition?.FindSubcommand(command.Subcommand);
        return target?.Options.Where(o => o.Type == OptionType.Member && o.Required && command.Arguments.All(a => a.Key != o.Name))
            .Select(o => new MemberMention(o.Name, o.Name)).ToList();
    }

    /// <summary>
    /// Escapes the markdown an Adaptive Card TextBlock renders (emphasis, code, links, headings, a line that would start
    /// a list: "- x", "1. x") and angle brackets Teams would take for tags, so text from the bank or a member shows as written.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var atLineStart = lineStart;
            lineStart = c == '\n' || (lineStart && c == ' ');
            if (atLineStart && c is '-' or '+' && i + 1 < text.Length && text[i + 1] == ' ')
            {
                escaped.Append('\\').Append(c);
                continue;
            }

            if (c == '.' && i + 1 < text.Length && text[i + 1] == ' ' && LineIsNumberSoFar(text, i))
            {
                escaped.Append("\\.");
                continue;
            }

            switch (c)
            {
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '\\' or '*' or '_' or '`' or '[' or ']' or '~' or '#':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Whether only digits stand between the start of the line and <paramref name="dot"/> ("12. " starts a list).</summary>
    private static bool LineIsNumberSoFar(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        return start < dot && (start == 0 || text[start - 1] == '\n');
    }
}
