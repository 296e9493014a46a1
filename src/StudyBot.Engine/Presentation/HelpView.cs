namespace StudyBot.Engine.Presentation;

/// <summary>Help: what StudyBot does, and the commands that make sense where it was asked (admin ones for admins).</summary>
public sealed record HelpView(Text HowItWorks, IReadOnlyList<CommandDefinition> Commands, bool ForAdmin, PlaceKind Place);
