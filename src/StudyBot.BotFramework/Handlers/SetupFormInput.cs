using System.Globalization;
using StudyBot.BotFramework.Activities;

namespace StudyBot.BotFramework.Handlers;

/// <summary>
/// What the Teams setup form holds, as entered (kept as sent, so a form with a mistake comes back as it was filled in), and
/// its translation into the options of <c>setup daily</c>: each field is checked on its own so an error names the field.
/// </summary>
internal sealed record SetupFormInput(
    string? Time,
    string? Zone,
    string? OtherZone,
    string? Days,
    string? CustomDays,
    string? Exam,
    string? Reveal,
    string? RevealAt)
{
    public const string Weekdays = "weekdays";
    public const string EveryDay = "daily";
    public const string Custom = "custom";

    /// <summary>A reveal choice at a time of day ("at:17:00") rather than a delay in minutes.</summary>
    public const string AtPrefix = "at:";

    private static readonly CommandDefinition Daily = CommandCatalog.Get(CommandNames.Setup).FindSubcommand(CommandNames.SetupDaily)!;

    /// <summary>The form filled in with the channel's settings (and the team's zone before it is set up).</summary>
    public static SetupFormInput From(Channel channel, string zone)
    {
        var preset = channel.Days == Engine.Model.Weekdays.MondayToFriday ? Weekdays : channel.Days == Engine.Model.Weekdays.Every ? EveryDay : Custom;
        return new SetupFormInput(
            DailySchedule.FormatTime(channel.PostMinuteOfDay),
            zone,
            null,
            preset,
            string.Join(',', DayWords.Where(d => Vocabulary.TryWeekdays(d, out var day) && channel.Days.HasFlag(day))),
            channel.Exam ?? "all",
            channel.RevealAfterMinutes.ToString(CultureInfo.InvariantCulture),
            null);
    }

    /// <summary>The form as sent by a click; a value sent as a number (an older card's delay) is read as its text.</summary>
    public static SetupFormInput From(CardData data) => new(
        data.Raw("time")?.Text, data.Raw("zone")?.Text, data.Raw("zoneOther")?.Text, data.Raw("days")?.Text, data.Raw("customDays")?.Text,
        data.Raw("exam")?.Text, data.Raw("reveal")?.Text, data.Raw("revealAt")?.Text);

    public static IReadOnlyList<string> DayWords { get; } = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>The options for <c>setup daily</c>, or what is wrong, one line per field, each naming the field.</summary>
    public (IReadOnlyList<KeyValuePair<string, RawValue>> Options, IReadOnlyList<string> Errors) Check()
    {
        var options = new List<KeyValuePair<string, RawValue>>();
        var errors = new List<string>();
        object? Field(string option, string label, string? text, string? missing)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                if (missing is not null)
                {
                    errors.Add($"{label}: {missing}");
                }

                return null;
            }

            var raw = new RawValue(RawKind.String, text.Trim());
            var (value, problem) = CommandParser.Convert(Daily.FindOption(option)!, raw);
            if (problem is not null)
            {
                errors.Add($"{label}: {TeamsResults.NoticeText(problem)}");
                return null;
            }

            options.Add(KeyValuePair.Create(option, raw));
            return value;
        }

        var post = Field(CommandNames.Time, "Post at", Time, "choose the time of the post.");
        var other = !string.IsNullOrWhiteSpace(OtherZone);
        Field(CommandNames.TimeZone, other ? "Another time zone" : "Time zone", other ? OtherZone : Zone, "choose a time zone.");
        var days = Days?.Trim() switch
        {
            Custom => CustomDays,
            null or "" => Weekdays,
            var preset => preset,
        };
        Field(CommandNames.Days, "Days", days, "pick at least one day, or choose weekdays or every day.");
        Field(CommandNames.Exam, "Exam", Exam, null);
        if (!string.IsNullOrWhiteSpace(RevealAt) || Reveal?.Trim().StartsWith(AtPrefix, StringComparison.Ordinal) == true)
        {
            RevealAtTime(post, string.IsNullOrWhiteSpace(RevealAt) ? Reveal!.Trim()[AtPrefix.Length..] : RevealAt.Trim(), options, errors);
        }
        else
        {
            Field(CommandNames.RevealAfter, "Reveal the answer", Reveal, null);
        }

        return (options, errors);
    }

    private static void RevealAtTime(object? post, string revealAt, List<KeyValuePair<string, RawValue>> options, List<string> errors)
    {
        if (!Vocabulary.TryTimeOfDay(revealAt, out var at))
        {
            errors.Add($"Reveal at: '{revealAt}' is not a time of day; use HH:MM, for example 17:00.");
            return;
        }

        if (post is not TimeOnly postTime)
        {
            return;
        }

        var minutes = SetupFormChoices.RevealMinutesAt(postTime.Hour * 60 + postTime.Minute, at.Hour * 60 + at.Minute);
        if (minutes is < ChannelSetupService.MinRevealMinutes or > ChannelSetupService.MaxRevealMinutes)
        {
            errors.Add($"Reveal at: choose a time {ChannelSetupService.MinRevealMinutes} minutes to {Vocabulary.DescribeMinutes(ChannelSetupService.MaxRevealMinutes)} after the post.");
            return;
        }

        options.Add(KeyValuePair.Create(CommandNames.RevealAfter, new RawValue(RawKind.String, minutes.ToString(CultureInfo.InvariantCulture))));
    }
}
