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
    public static JsonObject Card(SetupFormInput input, ExamCatalog exams, Text? description, IReadOnlyList<string> errors)
    {
        var zone = string.IsNullOrWhiteSpace(input.Zone) ? "UTC" : input.Zone.Trim();
        var zonePicker = ChoiceSet("zone", "Time zone (type to search)", SetupFormChoices.ZonesWith(zone).Select(z => (z.Replace('_', ' '), z)), multi: false, value: zone);
        zonePicker["style"] = "filtered";
        var reveal = int.TryParse(input.Reveal, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) ? minutes : ChannelSetupService.DefaultRevealMinutes;
        var delays = SetupFormChoices.RevealHours.Select(h => h * 60).Append(reveal).Distinct().Order()
            .Select(m => ($"{Vocabulary.DescribeMinutes(m)} after the post", m.ToString(CultureInfo.InvariantCulture)));
        return CardElements.Card(
        [
            Text("Daily question", weight: "Bolder", size: "Medium"),
            description is null ? null : Text(TeamsText.Render(description), subtle: true),
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
            ChoiceSet("days", "Days", [("Weekdays (Mon–Fri)", SetupFormInput.Weekdays), ("Every day", SetupFormInput.EveryDay), ("Only the days ticked below", SetupFormInput.Custom)],
                multi: false, value: input.Days ?? SetupFormInput.Weekdays),
            ChoiceSet("customDays", "Days to post, for “only the days ticked below”", SetupFormInput.DayWords.Select(d => (d, d)), multi: true,
                value: input.CustomDays ?? string.Empty, required: false),
            ChoiceSet("exam", "Exam", new[] { ("All active exams", "all") }.Concat(exams.All.Select(e => ($"{e.Code} · {e.Name}{(e.IsActive ? string.Empty : $" ({e.StatusText})")}", e.Code))),
                multi: false, value: input.Exam ?? "all"),
            ChoiceSet("reveal", "Reveal the answer", delays, multi: false, value: reveal.ToString(CultureInfo.InvariantCulture)),
            new JsonObject
            {
                ["type"] = "Input.Time", ["id"] = "revealAt", ["label"] = "Or reveal at a time of day (the next one after the post)",
                ["value"] = input.RevealAt ?? string.Empty,
            },
            ActionSet([Execute("Save", CardVerbs.Setup, new JsonObject(), style: "positive")]),
        ]);
    }
}
