namespace StudyBot.Engine.Presentation;

/// <summary>Help: what StudyBot does, and the commands that make sense where it was asked (admin ones for admins).</summary>
public sealed record HelpView(Text HowItWorks, IReadOnlyList<CommandDefinition> Commands, bool ForAdmin, PlaceKind Place)
{
    /// <summary>The common actions for where help was asked, first (platforms that can offer them as buttons do).</summary>
    public IReadOnlyList<CommandRef> Actions { get; init; } = [];
}
