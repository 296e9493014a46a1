namespace StudyBot.Engine.Views;

public sealed record ChoiceTallyView(string Label, string Text, int Count, bool Correct);
