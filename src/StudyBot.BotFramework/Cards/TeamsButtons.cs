using System.Text.Json.Nodes;

namespace StudyBot.BotFramework.Cards;

/// <summary>Buttons that run a command the engine suggested (help, welcome): the same as typing it.</summary>
internal static class TeamsButtons
{
    public static JsonObject ActionSet(IEnumerable<CommandRef> commands) => CardElements.ActionSet(commands.Select(Run));

    public static JsonObject Run(CommandRef command) =>
        CardElements.Execute(Title(command), CardVerbs.Run, new JsonObject { ["command"] = TeamsText.Syntax(command) });

    /// <summary>A button's short title; the command as typed for one without a name of its own.</summary>
    public static string Title(CommandRef command) => (command.Command, command.Subcommand, command.Arguments.Count) switch
    {
        (CommandNames.Quiz, null, 0) => "Start a quiz",
        (CommandNames.Review, null, 0) => "Review",
        (CommandNames.Daily, null, 0) => "Today's question",
        (CommandNames.Leaderboard, null, 0) => "Leaderboard",
        (CommandNames.Stats, null, 0) => "My stats",
        (CommandNames.Help, null, 0) => "Help",
        _ => TeamsText.Syntax(command),
    };
}
