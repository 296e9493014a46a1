namespace StudyBot.Engine.Commands;

/// <summary>The catalog's command and option names, for code that refers to them.</summary>
public static class CommandNames
{
    public const string Quiz = "quiz";
    public const string Daily = "daily";
    public const string Leaderboard = "leaderboard";
    public const string Stats = "stats";
    public const string Setup = "setup";
    public const string Help = "help";
    public const string Review = "review";
    public const string Mock = "mock";
    public const string Flags = "flags";

    public const string FlagsList = "list";
    public const string FlagsShow = "show";
    public const string FlagsResolve = "resolve";
    public const string Id = "id";
    public const string Answer = "answer";
    public const string Note = "note";

    public const string ReviewStart = "start";
    public const string MockStart = "start";
    public const string MockHistory = "history";
    public const string ReviewExamDate = "exam-date";
    public const string ReviewSettings = "settings";
    public const string ReviewRemind = "remind";
    public const string ReviewExport = "export";

    public const string SetupDaily = "daily";
    public const string SetupPause = "pause";
    public const string SetupResume = "resume";
    public const string SetupPostNow = "post-now";
    public const string SetupStatus = "status";
    public const string SetupAdmins = "admins";

    public const string Exam = "exam";
    public const string Domain = "domain";
    public const string Count = "count";
    public const string Period = "period";
    public const string Scope = "scope";
    public const string Member = "member";
    public const string Privacy = "privacy";
    public const string Time = "time";
    public const string TimeZone = "timezone";
    public const string Days = "days";
    public const string Action = "action";
    public const string RevealAfter = "reveal_after_minutes";
    public const string Date = "date";
    public const string Retention = "retention";
    public const string Include = "include";
    public const string State = "state";
    public const string Format = "format";
}
