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

    /// <summary>Escapes Discord markdown and mention syntax so text shows as written.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '>' or '#' or '<' or '[' or ']' or '@')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
