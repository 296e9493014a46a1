using System.Text;

namespace StudyBot.BotFramework.Cards;

/// <summary>
/// The engine's prose in Teams' words: commands written as the text commands members type (<c>quiz AIF-C01 2</c>),
/// times with their zone named, and markdown and HTML-like characters escaped so text shows as written.
/// </summary>
public static class TeamsText
{
    public static string Render(Text text) => text.Render(c => $"`{Syntax(c)}`", Escape, LocalTime.Describe);

    /// <summary>The command as typed in Teams: the engine's text grammar (<c>quiz AIF-C01 2</c>).</summary>
    public static string Syntax(CommandRef command) => CommandParser.Format(command);

    /// <summary>Escapes the markdown an Adaptive Card TextBlock renders, and angle brackets Teams would take for tags.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
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
}
