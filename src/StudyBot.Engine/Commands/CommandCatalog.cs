using N = StudyBot.Engine.Commands.CommandNames;

namespace StudyBot.Engine.Commands;

/// <summary>
/// Every chat command with its options, types, ranges, choices and help: the one source the Discord command definitions,
/// the Teams manifest command lists, the text grammar and every help text are made from.
/// </summary>
public static class CommandCatalog
{
    private static readonly CommandOption ExamOption = new(N.Exam, OptionType.Exam, "Exam to draw questions for (default: all active exams)");

    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        new(N.Quiz, "Start a personal quiz, answered with buttons",
        [
            ExamOption,
            new(N.Domain, OptionType.Integer, "Exam domain number (needs an exam)", Min: 1, Max: 9, Needs: N.Exam),
            new(N.Count, OptionType.Integer, $"Number of questions (default {QuizService.DefaultCount})", Min: 1, Max: QuizService.MaxCount),
        ]),
        new(N.Review, "Review the questions due today (spaced repetition)", [],
        [
            new(N.ReviewStart, "Start reviewing the cards due now",
            [
                new(N.Include, OptionType.Choice, "Also review cards of retired exams", Choices: [new("retired", "Cards of retired exams too")]),
            ], Aliases: ["now"]),
            new(N.ReviewExamDate, "Set your exam date: no review is due after the day before it",
            [
                new(N.Date, OptionType.Date, "The exam date, YYYY-MM-DD (leave out to clear it)"),
                new(N.Exam, OptionType.Exam, "Which exam (its domain weights steer the last two weeks)"),
            ], Aliases: ["exam"]),
            new(N.ReviewSettings, "How much you want to recall when a card comes back",
            [
                new(N.Retention, OptionType.Number, "Desired retention, 0.80 to 0.97 (default 0.90)", Required: true),
            ]),
            new(N.ReviewRemind, "A private reminder once a day when reviews are due",
            [
                new(N.Time, OptionType.TimeOfDay, "Local time of the reminder, HH:MM"),
                new(N.TimeZone, OptionType.TimeZone, "IANA time zone, e.g. Europe/Berlin (default: the one you set before)"),
                new(N.State, OptionType.Choice, "Turn reminders off", Choices: [new("off", "Turn reminders off")]),
            ]),
            new(N.ReviewExport, "Your own review deck as a file: JSON (to import elsewhere) or CSV (for Anki)",
            [
                new(N.Format, OptionType.Choice, "File format (default: json)", Choices: [new("json", "JSON with every card's schedule and reviews"), new("csv", "CSV for Anki")]),
            ], Slow: true),
        ]),
        new(N.Mock, "A timed mock exam: the real exam's length, time and domain weights, with a score report", [],
        [
            new(N.MockStart, "Start a mock exam, or resume the one in progress",
            [
                new(N.Exam, OptionType.Exam, "The exam to mock (its question count, time limit and weights)"),
            ], Aliases: ["resume"]),
            new(N.MockHistory, "Your past mock exams, their scores and the trend", []),
        ]),
        new(N.Daily, "Today's question in this channel, or how it went", []),
        new(N.Leaderboard, "Who is ahead: this week, this month or all time",
        [
            new(N.Period, OptionType.Period, "Which period (default: this week)", Choices:
                [new("week", "This week"), new("month", "This month"), new("all", "All time")]),
            new(N.Scope, OptionType.Scope, "This channel or the whole server/team (default: this channel)", Choices:
                [new("channel", "This channel"), new("server", "The whole server/team")]),
        ], Aliases: ["board", "top"]),
        new(N.Stats, "Accuracy per exam domain, streak and readiness",
        [
            new(N.Member, OptionType.Member, "Whose stats (default: yours)"),
            new(N.Privacy, OptionType.Choice, "Hide yourself from boards or show yourself again", Choices:
                [new("hide", "Hide me from boards"), new("show", "Show me on boards")]),
        ]),
        new(N.Setup, "Set up the daily question in this channel (admins)", [],
        [
            new(N.SetupDaily, "Post a daily question here",
            [
                new(N.Time, OptionType.TimeOfDay, "Local time of the post, HH:MM", Required: true),
                new(N.TimeZone, OptionType.TimeZone, "IANA time zone, e.g. Europe/Berlin", Required: true),
                new(N.Days, OptionType.Weekdays, "Days to post: weekdays (default), daily, or e.g. mon,wed,fri"),
                new(N.Exam, OptionType.Exam, "Exam to draw for (default: all active exams)"),
                new(N.RevealAfter, OptionType.Minutes, $"Minutes until the answer is revealed (default {ChannelSetupService.DefaultRevealMinutes}; also 8h)",
                    Min: ChannelSetupService.MinRevealMinutes, Max: ChannelSetupService.MaxRevealMinutes),
            ], AdminOnly: true),
            new(N.SetupPause, "Pause the daily question", [], AdminOnly: true),
            new(N.SetupResume, "Resume the daily question", [], AdminOnly: true),
            new(N.SetupPostNow, "Post today's question now", [], AdminOnly: true, Aliases: ["postnow", "now"], Slow: true),
            new(N.SetupStatus, "Show this channel's daily-question settings", [], Aliases: ["show"]),
            new(N.SetupAdmins, "Let another member set up the daily question (Teams)",
            [
                new(N.Action, OptionType.Choice, "What to do", Choices: [new("add", "Add an admin")]),
                new(N.Member, OptionType.Member, "The member to make an admin", Required: true),
            ], AdminOnly: true, Aliases: ["admin"]),
        ], AdminOnly: true),
        new(N.Flags, "Reports of problems with questions: list, show, resolve (admins)", [],
        [
            new(N.FlagsList, "The open reports, per question", [], AdminOnly: true),
            new(N.FlagsShow, "One question's reports and what the reporters wrote",
            [
                new(N.Id, OptionType.Text, "The question id (as the list shows it)", Required: true),
            ], AdminOnly: true),
            new(N.FlagsResolve, "Keep the question, fix its key (re-grading its answers) or void it here",
            [
                new(N.Id, OptionType.Text, "The question id", Required: true),
                new(N.Action, OptionType.Choice, "What to do", Required: true, Choices:
                    [new("keep", "Keep it as it is"), new("fix-key", "Fix the key and re-grade"), new("void", "Void it: remove its points")]),
                new(N.Answer, OptionType.Text, "With fix-key: the right answer in the labels the list shows, e.g. B or A,C"),
                new(N.Note, OptionType.Text, "A note for the record"),
            ], AdminOnly: true),
        ], AdminOnly: true),
        new("exams", "The exams I prepare for: format, pass mark and questions in the bank", []),
        new(N.Help, "What StudyBot does and its commands", [], Aliases: ["?", "commands"]),
    ];

    public static CommandDefinition? Find(string? name) => name is null ? null : All.FirstOrDefault(c =>
        c.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || c.AliasList.Contains(name, StringComparer.OrdinalIgnoreCase));

    public static CommandDefinition Get(string name) => Find(name) ?? throw new ArgumentException($"No command '{name}' in the catalog.", nameof(name));
}
