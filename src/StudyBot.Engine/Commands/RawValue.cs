namespace StudyBot.Engine.Commands;

/// <summary>An option value as a platform sent it, before the catalog's types are applied.</summary>
public sealed record RawValue(RawKind Kind, string Text);

public enum RawKind
{
    String,

    /// <summary>A JSON number; <see cref="RawValue.Text"/> is its literal text.</summary>
    Number,
    Boolean,
}
