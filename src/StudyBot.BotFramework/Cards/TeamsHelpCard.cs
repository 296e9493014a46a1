using System.Text.Json.Nodes;
using static StudyBot.BotFramework.Cards.CardElements;

namespace StudyBot.BotFramework.Cards;

/// <summary>Help as a card: how it works and the commands (<see cref="TeamsCards.HelpText"/>), with buttons for the common actions.</summary>
public static class TeamsHelpCard
{
    public static JsonObject Card(HelpView help) => CardElements.Card(
    [
        Text(TeamsCardCommands.Bold(TeamsCards.HelpText(help))),
        help.Actions.Count > 0 ? TeamsButtons.ActionSet(help.Actions) : null,
    ]);
}
