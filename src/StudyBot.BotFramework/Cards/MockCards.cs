using System.Globalization;
using System.Text.Json.Nodes;
using static StudyBot.BotFramework.Cards.CardElements;

namespace StudyBot.BotFramework.Cards;

/// <summary>
/// A mock exam in Teams: one card updated per step (personal chat), the question with its inputs and the navigation as
/// actions (save and next, back, flag, skip, go to a question of the review list, submit), the time left as text with the
/// zone; then the report with its chart and the misses on pages of the same card.
/// </summary>
public static class MockCards
{
    public const string AttemptField = "attemptId";
    public const string PositionField = "position";
    public const string StepField = "step";
    public const string TargetInput = "target";
    public const string PageField = "page";

    /// <summary>Missed questions on one page of the report.</summary>
    public const int MissesPerPage = 8;

    public static JsonObject Question(MockQuestionView view)
    {
        var body = new List<JsonNode?>();
        if (view.Lead is { } lead)
        {
            body.Add(Text(TeamsText.Render(lead)));
        }

        body.Add(Text($"{view.Exam} mock · question {view.Position} of {view.Count}{(view.Flagged ? " · 🚩 flagged" : string.Empty)}", weight: "Bolder", size: "Medium"));
        body.Add(Text($"{TeamsText.Render(view.Clock)} · {view.AnsweredCount} answered, {view.FlaggedPositions.Count} flagged", subtle: true));
        body.Add(Text(TeamsText.Escape(view.Prompt)));
        if (view.Type != QuestionType.Single)
        {
            body.Add(Text(view.Type == QuestionType.Multiple ? $"Choose {view.PickCount}." : "Put all the choices in order, first to last.", subtle: true));
        }

        var choices = view.Choices.Select(c => ($"{c.Label}. {c.Text}", c.Label)).ToList();
        if (view.Type == QuestionType.Ordering)
        {
            for (var position = 1; position <= view.Choices.Count; position++)
            {
                body.Add(ChoiceSet(CardVerbs.PositionInputPrefix + position.ToString(CultureInfo.InvariantCulture), $"Step {position}", choices, multi: false,
                    value: view.Chosen.Count >= position ? view.Chosen[position - 1] : null, required: false));
            }
        }
        else
        {
            body.Add(ChoiceSet(CardVerbs.ChoiceInput, null, choices, multi: view.Type == QuestionType.Multiple, value: view.Chosen.Count > 0 ? string.Join(',', view.Chosen) : null, required: false));
        }

        body.Add(ActionSet(
        [
            Step(view.Chosen.Count > 0 ? "Save and next" : "Answer and next", view, "answer", style: "positive", withInputs: true),
            Step("◀ Back", view, "previous"),
            Step(view.Flagged ? "Unflag" : "🚩 Flag", view, "flag"),
            Step("Skip ▶", view, "next"),
        ]));
        var reviewList = view.FlaggedPositions.Select(p => ($"Question {p} (flagged)", p.ToString(CultureInfo.InvariantCulture)))
            .Concat(view.UnansweredPositions.Where(p => !view.FlaggedPositions.Contains(p)).Select(p => ($"Question {p} (unanswered)", p.ToString(CultureInfo.InvariantCulture))))
            .Take(50)
            .ToList();
        if (reviewList.Count > 0)
        {
            body.Add(ChoiceSet(TargetInput, "Review list: flagged and unanswered questions", reviewList, multi: false, required: false));
        }

        body.Add(ActionSet(
        [
            .. reviewList.Count > 0 ? [Step("Go to question", view, "goto", withInputs: true)] : Array.Empty<JsonObject>(),
            Step(view.UnansweredPositions.Count == 0 ? "Submit" : $"Submit ({view.UnansweredPositions.Count} unanswered)", view, "submit", style: "destructive"),
        ]));
        return Card(body);
    }

    /// <summary>The report: page 0 the score, the estimate, the domains and the chart; pages 1 and on the misses with explanations.</summary>
    public static JsonObject Report(MockResultView report, int page = 0)
    {
        var pages = (report.Missed.Count + MissesPerPage - 1) / MissesPerPage;
        page = Math.Clamp(page, 0, pages);
        var body = new List<JsonNode?>();
        if (page == 0)
        {
            if (report.Lead is { } lead)
            {
                body.Add(Text(TeamsText.Render(lead)));
            }

            body.Add(Text($"{report.Exam} mock: {(report.Passed ? "PASS" : "FAIL")} · estimated {report.ScaledScore}/1000", weight: "Bolder", size: "Medium", color: report.Passed ? "Good" : "Attention"));
            body.Add(Facts(
            [
                ("Correct", $"{report.Correct} of {report.Total}"),
                ("Pass mark", $"{report.PassMark}/1000"),
                ("Time", $"{Minutes(report.TimeUsed)} of {Minutes(report.TimeLimit)}{(report.TimedOut ? " (submitted at the time limit)" : string.Empty)}"),
            ]));
            body.Add(Text("Domains: weight in the exam · your result", weight: "Bolder", separator: true));
            body.Add(Facts(report.Domains.Select(d => ($"D{d.Domain} {d.Name} ({d.WeightPercent}%)",
                d.Answered == 0 ? "none asked" : $"{d.Accuracy.ToString("P0", CultureInfo.InvariantCulture)} ({d.Correct}/{d.Answered})"))));
            if (report.ChartPng is { Length: > 0 } png)
            {
                body.Add(Image("data:image/png;base64," + Convert.ToBase64String(png), "Percent correct per domain"));
            }

            body.Add(Text(TeamsText.Render(report.HowEstimated), subtle: true));
            body.Add(Text(report.Missed.Count == 0
                ? $"No misses. Another: {TeamsText.Render(Engine.Presentation.Text.Of(report.Again))}"
                : $"{report.Missed.Count} missed; they are in your review deck (`review`). Another: {TeamsText.Render(Engine.Presentation.Text.Of(report.Again))}"));
        }
        else
        {
            var from = (page - 1) * MissesPerPage;
            body.Add(Text($"Missed {from + 1}–{Math.Min(report.Missed.Count, from + MissesPerPage)} of {report.Missed.Count}", weight: "Bolder", size: "Medium"));
            foreach (var (missed, i) in report.Missed.Skip(from).Take(MissesPerPage).Select((m, i) => (m, i)))
            {
                body.Add(Text($"**{from + i + 1}.** {TeamsText.Escape(missed.Prompt)}", separator: true));
                body.Add(Text($"✅ {TeamsText.Escape(missed.CorrectText)}", color: "Good"));
                body.Add(Text(TeamsText.Escape(missed.Explanation), subtle: true));
            }
        }

        var actions = new List<JsonObject>();
        if (page > 0)
        {
            actions.Add(Page(page == 1 ? "◀ Summary" : "◀ Back", report, page - 1));
        }

        if (page < pages)
        {
            actions.Add(Page(page == 0 ? $"Missed questions ({report.Missed.Count}) ▶" : "More ▶", report, page + 1));
        }

        if (actions.Count > 0)
        {
            body.Add(ActionSet(actions));
        }

        return Card(body);
    }

    public static JsonObject History(MockHistoryView history) => Card(
    [
        Text("Your mock exams", weight: "Bolder", size: "Medium"),
        Facts(history.Attempts.Select(r => (LocalTime.Describe(new TimePart(r.FinishedAt, r.Zone, TimeStyle.DateTime)),
            $"{r.Exam} {r.Correct}/{r.Total} · ~{r.ScaledScore}/1000 (pass {r.PassMark}) · {(r.Passed ? "pass" : "fail")}{(r.TimedOut ? " · timed out" : string.Empty)}"))),
        Text(TeamsText.Render(history.Trend)),
    ]);

    private static JsonObject Step(string title, MockQuestionView view, string step, string? style = null, bool withInputs = false)
    {
        var action = Execute(title, CardVerbs.Mock, new JsonObject
        {
            [AttemptField] = view.AttemptId.ToString(CultureInfo.InvariantCulture),
            [PositionField] = view.Position.ToString(CultureInfo.InvariantCulture),
            [StepField] = step,
        }, style);
        if (!withInputs)
        {
            // Moving on sends none of the card's inputs, so an unanswered question never blocks it.
            action["associatedInputs"] = "none";
        }

        return action;
    }

    private static JsonObject Page(string title, MockResultView report, int page) => Execute(title, CardVerbs.Mock, new JsonObject
    {
        [AttemptField] = report.AttemptId.ToString(CultureInfo.InvariantCulture),
        [PositionField] = "1",
        [StepField] = "show",
        [PageField] = page.ToString(CultureInfo.InvariantCulture),
    });

    private static string Minutes(TimeSpan span) => $"{(int)span.TotalMinutes} min {span.Seconds:00} s";
}
