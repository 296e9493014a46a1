namespace StudyBot.Engine.Presentation;

public sealed record ChoiceTallyView(string Label, string Text, int Count, bool Correct);
