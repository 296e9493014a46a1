using System.Globalization;
using StudyBot.Engine.Questions;
using StudyBot.Engine.Services;

namespace StudyBot.BotFramework.Handlers;

/// <summary><c>setup daily HH:MM Zone [days] [exam] [reveal]</c>: the words after the zone in any order.</summary>
internal static class SetupArguments
{
    private static readonly string[] DayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public static (DailySettings? Settings, string? Error) ParseDaily(IReadOnlyList<string> args, ExamCatalog exams)
    {
        if (args.Count < 2)
        {
            return (null, "Use setup daily HH:MM Zone [days] [exam] [reveal minutes], e.g. setup daily 09:00 Europe/Berlin mon,wed,fri AIF-C01 480.");
        }

        string? days = null;
        string? exam = null;
        int? reveal = null;
        foreach (var word in args.Skip(2))
        {
            var lower = word.ToLowerInvariant();
            if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
            {
                reveal = minutes;
            }
            else if (lower == "all" || exams.Find(word) is not null)
            {
                exam = word;
            }
            else if (lower.Split(',', '-').All(d => DayNames.Contains(d)) || lower is "weekdays" or "daily" or "everyday")
            {
                days = lower switch
                {
                    "weekdays" => "mon,tue,wed,thu,fri",
                    "daily" or "everyday" => string.Join(',', DayNames),
                    _ => lower,
                };
            }
            else
            {
                return (null, $"I don't understand '{word}': expected days (mon,wed,fri), an exam ({exams.Describe()} or all) or minutes until the reveal.");
            }
        }

        return (new DailySettings(args[0], args[1], days, exam, reveal), null);
    }
}
