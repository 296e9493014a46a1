namespace StudyBot.Engine.Services;

/// <summary>What an admin asks for with <c>/setup daily</c>; unset values keep their defaults.</summary>
public sealed record DailySettings(string Time, string TimeZone, string? Days, string? Exam, int? RevealAfterMinutes);
