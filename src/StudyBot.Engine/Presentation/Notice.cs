namespace StudyBot.Engine.Presentation;

/// <summary>A short message for one person: a confirmation, a refusal or an error.</summary>
public sealed record Notice(NoticeKind Kind, Text Text)
{
    public bool Ok => Kind is NoticeKind.Done or NoticeKind.Info;

    public static Notice Done(params object[] parts) => new(NoticeKind.Done, Text.Of(parts));

    public static Notice Info(params object[] parts) => new(NoticeKind.Info, Text.Of(parts));

    public static Notice Invalid(params object[] parts) => new(NoticeKind.Invalid, Text.Of(parts));

    public static Notice NotFound(params object[] parts) => new(NoticeKind.NotFound, Text.Of(parts));
}
