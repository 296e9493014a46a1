namespace StudyBot.Engine.Presentation;

/// <summary>A choice as shown: its display label (A, B, ...) and text.</summary>
public sealed record ChoiceView(string Label, string Text);
