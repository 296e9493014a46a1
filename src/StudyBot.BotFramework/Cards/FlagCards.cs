using System.Globalization;
using System.Text.Json.Nodes;

namespace StudyBot.BotFramework.Cards;

/// <summary>Reports of problems on Teams: the "Report a problem" action of result, reveal and review cards, and the admins' lists.</summary>
public static class FlagCards
{
    public const string Verb = "report";
    public const string ReasonInput = "reason";
    public const string TextInput = "reportText";

    /// <summary>
    /// The card with an <c>Action.ShowCard</c> "Report a problem" added to its actions: a reason choice and a text, sent
    /// with the round's id by an <c>Action.Execute</c> (the same inputs as Discord's modal).
    /// </summary>
    public static JsonObject WithReport(JsonObject card, long roundId)
    {
        if (roundId <= 0)
        {
            return card;
        }

        var form = CardElements.Card(
        [
            CardElements.ChoiceSet(ReasonInput, "What is wrong?", FlagForm.Reasons.Select(r => (r.Label, r.Word)), multi: false),
            new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = TextInput,
                ["label"] = FlagForm.TextLabel,
                ["isMultiline"] = true,
                ["maxLength"] = FlagForm.MaxTextLength,
            },
        ]);
        form["actions"] = new JsonArray(CardElements.Execute("Send report", Verb, new JsonObject { ["roundId"] = roundId }));
        var actions = card["actions"] as JsonArray ?? [];
        actions.Add(new JsonObject { ["type"] = "Action.ShowCard", ["title"] = FlagForm.Title, ["card"] = form });
        card["actions"] = actions;
        return card;
    }

    /// <summary><c>flags</c>: the open reports per question.</summary>
    public static JsonObject List(FlagsResult result) => CardElements.Card(
    [
        CardElements.Text(result.Questions.Count == 0 ? "No open reports about questions here." : $"Open reports: {result.OpenReports} on {result.Questions.Count} question(s)", weight: "Bolder"),
        .. result.Questions.SelectMany(q => new JsonNode?[]
        {
            CardElements.Text($"**{TeamsText.Escape(q.QuestionId)}** · {q.Reports} report(s): {Reasons(q)}", separator: true),
            CardElements.Text(TeamsText.Escape(q.Prompt), subtle: true),
            CardElements.Text($"Key: **{TeamsText.Escape(q.Key)}**{(q.CurrentVersion ? string.Empty : " (an older version was reported)")} · reported by {Reporters(q)}"),
        }),
    ]);

    /// <summary><c>flags show</c>: the question with its choices and key, and every open report's words.</summary>
    public static JsonObject Detail(FlagDetailResult result)
    {
        if (result.Open is not { } q)
        {
            return CardElements.Card([CardElements.Text($"No question {TeamsText.Escape(result.QuestionId)} to show.")]);
        }

        return CardElements.Card(
        [
            CardElements.Text($"{TeamsText.Escape(q.QuestionId)} (version {q.Version})", weight: "Bolder"),
            CardElements.Text(TeamsText.Escape(q.Prompt)),
            CardElements.Facts(q.Choices.Select(c => (c.Label, TeamsText.Escape(c.Text)))),
            CardElements.Text($"Key: **{TeamsText.Escape(q.Key)}** · {q.Reports.ToString(CultureInfo.InvariantCulture)} open report(s){(q.Reports == 0 ? string.Empty : ": " + Reasons(q))}"),
            .. q.Texts.Select(t => CardElements.Text($"{FlagReasons.Word(t.Reason)} — {TeamsText.Escape(t.Reporter ?? "a member who keeps their name private")}{(t.Text.Length > 0 ? ": " + TeamsText.Escape(t.Text) : string.Empty)}", subtle: true)),
            .. result.History.Select(h => CardElements.Text($"Earlier: {h.Action} {TeamsText.Escape(h.Answer)} ({h.Gained} gained, {h.Lost} lost) {TeamsText.Escape(h.Note)}", subtle: true)),
        ]);
    }

    private static string Reasons(FlagQuestionView q) => string.Join(", ", q.Reasons.Select(r => $"{r.Word} ×{r.Count}"));

    private static string Reporters(FlagQuestionView q)
    {
        var names = q.Reporters.Select(TeamsText.Escape).ToList();
        if (q.PrivateReporters > 0)
        {
            names.Add(q.PrivateReporters == 1 ? "1 member who keeps their name private" : $"{q.PrivateReporters} members who keep their names private");
        }

        return string.Join(", ", names);
    }
}
