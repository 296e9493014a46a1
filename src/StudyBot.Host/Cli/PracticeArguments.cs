using System.Globalization;

namespace StudyBot.Host.Cli;

internal sealed record PracticeArguments(int Count, string? Exam, int? Domain);
