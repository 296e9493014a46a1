using System.Text.RegularExpressions;

namespace StudyBot.BotFramework.Cards;

/// <summary>
/// Commands inside card text. A card's TextBlock markdown has no code style, so a command written as code (<c>`quiz`</c>, how
/// <see cref="TeamsText"/> writes it for messages) is shown in bold there, with the bot's mention where members must type it.
/// </summary>
internal static partial class TeamsCardCommands
{
    public static string Bold(string rendered, string? mention = null) =>
        CodeSpan().Replace(rendered, m => $"**{mention}{m.Groups[1].Value}**");

    // A backtick that the escaping did not put there (not preceded by a backslash), up to the next such one.
    [GeneratedRegex(@"(?<!\\)`([^`]+)(?<!\\)`")]
    private static partial Regex CodeSpan();
}
