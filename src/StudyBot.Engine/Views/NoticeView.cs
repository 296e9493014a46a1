namespace StudyBot.Engine.Views;

/// <summary>A short message for one person: a refusal, an error or a confirmation.</summary>
public sealed record NoticeView(bool Ok, string Message);
