using System.Globalization;
using System.Text;

namespace StudyBot.Discord.Rendering;

/// <summary>The engine's prose in Discord's words: markdown escaped, commands as slash commands, times as timestamp markup.</summary>
public static class DiscordText
{
    public static string Render(Text text) => text.Render(Command, Escape, Time);

    /// <summary><c>/quiz exam:AIF-C01 domain:2</c>, in code style.</summary>
    public static string Command(CommandRef command) => $"`{Syntax(command)}`";

    public static string Syntax(CommandRef command)
    {
        var text = new StringBuilder("/").Append(command.Command);
        if (command.Subcommand is { } sub)
        {
            text.Append(' ').Append(sub);
        }

        foreach (var (name, value) in command.Arguments)
        {
            // Discord takes "add" as the subcommand's own meaning: the option carries no word of its own here.
            if (name == CommandNames.Action)
            {
                continue;
            }

            text.Append(' ').Append(name).Append(':').Append(value);
        }

        return text.ToString();
    }

    /// <summary>Each reader sees the instant in their own local time.</summary>
    public static string Time(TimePart time)
    {
        var unix = time.Instant.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return time.Style switch
        {
            TimeStyle.Relative => $"<t:{unix}:R>",
            TimeStyle.DateTime => $"<t:{unix}:f>",
            _ => $"<t:{unix}:t>",
        };
    }

    /// <summary>
    /// Escapes Discord markdown and mention syntax so text from the bank or a member shows as written: emphasis, code,
    /// spoilers, quotes, headings, links, mentions, and a line that would start a list ("- x", "1. x").
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '>' or '#' or '<' or '[' or ']' or '@'
                || (lineStart && c is '-' or '+' && i + 1 < text.Length && text[i + 1] == ' '))
            {
                escaped.Append('\\');
            }
            else if (c == '.' && StartsListNumber(text, i))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }

        return escaped.ToString();
    }

    /// <summary>The dot of "12. " at the start of a line, which Discord would make a numbered list.</summary>
    private static bool StartsListNumber(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        return start < dot && (start == 0 || text[start - 1] == '\n') && dot + 1 < text.Length && text[dot + 1] == ' ';
    }
}
