using System.Globalization;

namespace StudyBot.Engine.Commands;

/// <summary>
/// The product's one vocabulary: the words members may use for periods, scopes, weekdays, exams, times and delays, on
/// every platform. An unknown word is an error naming it, never a silent default.
/// </summary>
public static class Vocabulary
{
    public static IReadOnlyList<(string Word, BoardPeriod Period)> Periods { get; } =
    [
        ("week", BoardPeriod.Week), ("this-week", BoardPeriod.Week), ("weekly", BoardPeriod.Week),
        ("month", BoardPeriod.Month), ("this-month", BoardPeriod.Month), ("monthly", BoardPeriod.Month),
        ("all", BoardPeriod.AllTime), ("all-time", BoardPeriod.AllTime), ("alltime", BoardPeriod.AllTime), ("ever", BoardPeriod.AllTime),
    ];

    public static IReadOnlyList<(string Word, BoardScope Scope)> Scopes { get; } =
    [
        ("channel", BoardScope.Channel), ("here", BoardScope.Channel),
        ("server", BoardScope.Community), ("team", BoardScope.Community), ("community", BoardScope.Community), ("everywhere", BoardScope.Community),
    ];

    /// <summary>The canonical word of a period, as commands take it.</summary>
    public static string Word(BoardPeriod period) => period switch
    {
        BoardPeriod.Week => "week",
        BoardPeriod.Month => "month",
        _ => "all",
    };

    /// <summary>The canonical word of a scope, as commands take it.</summary>
    public static string Word(BoardScope scope) => scope == BoardScope.Channel ? "channel" : "server";

    public static bool TryPeriod(string? word, out BoardPeriod period) => TryLookup(Periods, word, out period);

    public static bool TryScope(string? word, out BoardScope scope) => TryLookup(Scopes, word, out scope);

    private static readonly string[] DayWords = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    /// <summary>
    /// Weekdays as members write them: <c>weekdays</c>, <c>mon-fri</c>, <c>daily</c>, <c>every-day</c>, <c>weekends</c>,
    /// lists (<c>mon,wed,fri</c>, <c>mon wed fri</c>), ranges (<c>tue-thu</c>, wrapping <c>fri-mon</c>) and full names.
    /// </summary>
    public static bool TryWeekdays(string? text, out Weekdays days)
    {
        days = Weekdays.None;
        var input = text?.Trim().ToLowerInvariant();
        switch (input)
        {
            case null or "":
                return false;
            case "weekdays" or "workdays" or "weekday":
                days = Weekdays.MondayToFriday;
                return true;
            case "daily" or "everyday" or "every-day" or "every day" or "all-days":
                days = Weekdays.Every;
                return true;
            case "weekends" or "weekend":
                days = Weekdays.Weekend;
                return true;
        }

        foreach (var part in input.Split([',', ' ', ';', '+'], StringSplitOptions.RemoveEmptyEntries))
        {
            var range = part.Split('-');
            if (range.Length == 1 && Day(range[0]) is { } single)
            {
                days |= Flag(single);
            }
            else if (range.Length == 2 && Day(range[0]) is { } from && Day(range[1]) is { } to)
            {
                for (var d = from; ; d = (d + 1) % 7)
                {
                    days |= Flag(d);
                    if (d == to)
                    {
                        break;
                    }
                }
            }
            else
            {
                days = Weekdays.None;
                return false;
            }
        }

        return days != Weekdays.None;
    }

    /// <summary>The shortest canonical form of a set of days: <c>weekdays</c>, <c>daily</c>, <c>weekends</c> or a list like <c>mon,wed,fri</c>.</summary>
    public static string Word(Weekdays days) => days switch
    {
        Weekdays.MondayToFriday => "weekdays",
        Weekdays.Every => "daily",
        Weekdays.Weekend => "weekends",
        _ => string.Join(',', days.Days().Select(d => DayWords[(int)d])),
    };

    /// <summary>How a set of days reads in a sentence: "Weekdays", "Every day", "Mon, Wed and Fri".</summary>
    public static string Describe(Weekdays days)
    {
        switch (days)
        {
            case Weekdays.MondayToFriday:
                return "Weekdays";
            case Weekdays.Every:
                return "Every day";
            case Weekdays.Weekend:
                return "Weekends";
        }

        var names = days.Days().Select(d => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName(d)).ToList();
        return names.Count == 1 ? $"{names[0]}s" : $"{string.Join(", ", names.SkipLast(1))} and {names[^1]}";
    }

    /// <summary>A time of day, <c>9:00</c> or <c>09:00</c>.</summary>
    public static bool TryTimeOfDay(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>An IANA zone such as <c>Europe/Berlin</c>, or <c>UTC</c>; its canonical id.</summary>
    public static bool TryTimeZone(string? text, out string zone)
    {
        zone = string.Empty;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || (!trimmed.Contains('/', StringComparison.Ordinal) && !trimmed.Equals("UTC", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (!LocalTime.TryFindZone(trimmed, out var found))
        {
            return false;
        }

        zone = trimmed.Equals("UTC", StringComparison.OrdinalIgnoreCase) ? "UTC" : found.Id;
        return true;
    }

    /// <summary>A delay in minutes: <c>480</c>, <c>8h</c>, <c>90m</c>, <c>1h30m</c>, <c>1h30</c>.</summary>
    public static bool TryMinutes(string? text, out int minutes)
    {
        minutes = 0;
        var input = text?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(input))
        {
            return false;
        }

        if (int.TryParse(input, NumberStyles.None, CultureInfo.InvariantCulture, out minutes))
        {
            return true;
        }

        var match = System.Text.RegularExpressions.Regex.Match(input, @"^(?:(\d{1,2})h)?(?:(\d{1,4})m?)?$");
        if (!match.Success || input.Length == 0 || (!match.Groups[1].Success && !input.EndsWith('m')))
        {
            return false;
        }

        var hours = match.Groups[1].Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var mins = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        minutes = hours * 60 + mins;
        return true;
    }

    /// <summary>How a delay reads: "8 hours", "90 minutes", "1 hour 30 minutes".</summary>
    public static string DescribeMinutes(int minutes)
    {
        var hours = minutes / 60;
        var rest = minutes % 60;
        var h = hours == 0 ? null : hours == 1 ? "1 hour" : $"{hours} hours";
        var m = rest == 0 ? null : rest == 1 ? "1 minute" : $"{rest} minutes";
        return string.Join(' ', new[] { h, m }.Where(p => p is not null));
    }

    /// <summary>
    /// Whether a word has the shape of an exam code (<c>AIF-C01</c>); which codes exist is the bank's catalog's to say,
    /// and the use case checks it.
    /// </summary>
    public static bool LooksLikeExamCode(string? word) =>
        word is { Length: >= 3 and <= 20 } w && w.Count(c => c == '-') == 1 && w[0] != '-' && w[^1] != '-' && w.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private static readonly string[] Greetings = ["hello", "hi", "hey", "hallo", "hiya", "howdy", "yo", "moin", "servus", "hej", "morning"];

    /// <summary>A first word that greets rather than commands ("hello", "hi", "hey!").</summary>
    public static bool IsGreeting(string word) => Greetings.Contains(word.Trim().TrimEnd('!', '.', ',', '?').ToLowerInvariant(), StringComparer.Ordinal);

    public static bool IsAllExams(string? word) => string.IsNullOrWhiteSpace(word) || word.Trim().Equals("all", StringComparison.OrdinalIgnoreCase);

    /// <summary>"'AWS-ML' is not an exam I know; use AIF-C01, MLA-C01, AIP-C01 or all."</summary>
    public static Notice UnknownExam(string word, ExamCatalog exams, bool allowAll = true) =>
        Notice.Invalid($"'{word}' is not an exam I know; use {string.Join(", ", exams.Active.Select(e => e.Code))}{(allowAll ? " or all" : string.Empty)}" +
                       (exams.All.Any(e => !e.IsActive) ? $" (retired: {string.Join(", ", exams.All.Where(e => !e.IsActive).Select(e => e.Code))})." : "."));

    public static Notice Unknown(string what, string word, IEnumerable<string> expected) =>
        Notice.Invalid($"'{word}' is not a {what} I know; use {Join(expected.ToList())}.");

    public static string Join(IReadOnlyList<string> words) =>
        words.Count <= 1 ? string.Concat(words) : $"{string.Join(", ", words.SkipLast(1))} or {words[^1]}";

    private static int? Day(string word)
    {
        for (var i = 0; i < DayWords.Length; i++)
        {
            var full = ((DayOfWeek)i).ToString().ToLowerInvariant();
            if (word.Length >= 3 && full.StartsWith(word, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    private static Weekdays Flag(int day) => (Weekdays)(1 << day);

    private static bool TryLookup<T>(IReadOnlyList<(string Word, T Value)> words, string? word, out T value)
    {
        var normalized = word?.Trim().ToLowerInvariant().Replace(' ', '-');
        foreach (var (w, v) in words)
        {
            if (w == normalized)
            {
                value = v;
                return true;
            }
        }

        value = default!;
        return false;
    }
}
