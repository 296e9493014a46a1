using System.Globalization;
using System.Text.Json.Nodes;
using StudyBot.BotFramework.Handlers;
using static StudyBot.BotFramework.Cards.CardElements;

namespace StudyBot.BotFramework.Cards;

/// <summary>
/// The daily-question setup form: a searchable list of time zones (the team's first) with room for any other, day presets,
/// and the reveal as a delay in hours or a time of day. Sent back with its errors, it keeps what was entered.
/// </summary>
internal static class TeamsSetupForm
{
    /// <summary>Day sets offered besides the channel's own: presets first.</summary>
    private static readonly (string Title, string Value)[] DayChoices =
    [
        ("Weekdays (Mon–Fri)", SetupFormInput.Weekdays), ("Every day", SetupFormInput.EveryDay), ("Mon, Wed and Fri", "mon,wed,fri"), ("Tue and Thu", "tue,thu"),
    ];

    /// <summary>Reveal times of day offered (the next such time after the post).</summary>
    private static readonly string[] RevealTimes = ["12:00", "15:00", "17:00", "18:00", "20:00"];

    public static JsonObject Card(SetupFormInput input, ExamCatalog exams, Channel? channel, IReadOnlyList<string> errors)
    {
        var zone = string.IsNullOrWhiteSpace(input.Zone) ? "UTC" : input.Zone.Trim();
        var zonePicker = ChoiceSet("zone", "Time zone (type to search)", SetupFormChoices.ZonesWith(zone).Select(z => (z.Replace('_', ' '), z)), multi: false, value: zone);
        zonePicker["style"] = "filtered";
        var days = input.Days == SetupFormInput.Custom ? input.CustomDays ?? string.Empty : input.Days ?? SetupFormInput.Weekdays;
        var dayChoices = DayChoices.Any(d => d.Value == days) || days.Length == 0 ? DayChoices : [.. DayChoices, (days.Replace(",", ", ", StringComparison.Ordinal), days)];
        var reveal = input.RevealAt is { Length: > 0 } at ? SetupFormInput.AtPrefix + at : input.Reveal ?? ChannelSetupService.DefaultRevealMinutes.ToString(CultureInfo.InvariantCulture);
        var delays = SetupFormChoices.RevealHours.Select(h => (h * 60).ToString(CultureInfo.InvariantCulture)).Append(reveal).Distinct()
            .Concat(RevealTimes.Select(t => SetupFormInput.AtPrefix + t)).Distinct()
            .Select(v => (RevealTitle(v), v));
        return CardElements.Card(
        [
            Text(channel is { Name.Length: > 0 } named ? $"Daily question in {TeamsText.Escape(named.Name)}" : "Daily question", weight: "Bolder", size: "Medium"),
            channel is { DailyEnabled: true } ? Text("Now: " + TeamsText.Render(ChannelSetupService.Describe(channel)), subtle: true) : null,
            .. errors.Select(e => Text(TeamsText.Escape(e), weight: "Bolder", color: "Attention")),
            new JsonObject
            {
                ["type"] = "Input.Time", ["id"] = "time", ["label"] = "Post at", ["value"] = input.Time ?? string.Empty, ["isRequired"] = true,
                ["errorMessage"] = "Choose the time of the post.",
            },
            zonePicker,
            new JsonObject
            {
                ["type"] = "Input.Text", ["id"] = "zoneOther", ["label"] = "Not in the list? Type its IANA name (e.g. Asia/Kathmandu)",
                ["value"] = input.OtherZone ?? string.Empty,
            },
            ChoiceSet("days", "Days", dayChoices, multi: false, value: days),
            ChoiceSet("exam", "Exam", new[] { ("All active exams", "all") }.Concat(exams.All.Select(e => ($"{e.Code} · {e.Name}{(e.IsActive ? string.Empty : $" ({e.StatusText})")}", e.Code))),
                multi: false, value: input.Exam ?? "all"),
            ChoiceSet("reveal", "Reveal the answer", delays, multi: false, value: reveal),
            Text(TeamsText.Render(Engine.Presentation.Text.Of("Other days or times: ",
                CommandRef.Sub(CommandNames.Setup, CommandNames.SetupDaily, (CommandNames.Time, "09:00"), (CommandNames.TimeZone, "Europe/Berlin"), (CommandNames.Days, "mon,tue,thu")), ".")), subtle: true),
            ActionSet([Execute("Save", CardVerbs.Setup, new JsonObject(), style: "positive")]),
        ]);
    }

    private static string RevealTitle(string value) => value.StartsWith(SetupFormInput.AtPrefix, StringComparison.Ordinal)
        ? $"at {value[SetupFormInput.AtPrefix.Length..]} (the next one after the post)"
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) ? $"{Vocabulary.DescribeMinutes(minutes)} after the post" : value;
}
