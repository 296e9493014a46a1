using System.Globalization;
using System.Text;
using StudyBot.Discord.Handlers;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Rendering;

/// <summary>
/// A mock exam on Discord: one ephemeral message updated per step, the question with its answer components and the
/// navigation (back, flag, skip, submit, go to a flagged or unanswered question), the clock as timestamp markup; then the
/// report, its misses on pages of the same message.
/// </summary>
public static class MockRendering
{
    private const int Primary = 1;
    private const int Secondary = 2;
    private const int Success = 3;
    private const int Danger = 4;
    private const int MaxButtonsPerRow = 5;
    private const int MaxSelectOptions = 25;
    private const int PageBudget = 1800;

    /// <summary>The question; <paramref name="picked"/> are the labels placed so far of an order being built.</summary>
    public static DiscordMessage Question(MockQuestionView view, IReadOnlyList<string>? picked = null)
    {
        picked ??= [];
        var text = new StringBuilder();
        if (view.Lead is { } lead)
        {
            text.AppendLine(DiscordText.Render(lead)).AppendLine();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"**{view.Exam} mock · question {view.Position} of {view.Count}**{(view.Flagged ? " · 🚩 flagged" : string.Empty)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{DiscordText.Render(view.Clock)} · {view.AnsweredCount} answered, {view.FlaggedPositions.Count} flagged");
        text.AppendLine().AppendLine(DiscordText.Escape(view.Prompt)).AppendLine();
        foreach (var choice in view.Choices)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"**{choice.Label}.** {DiscordText.Escape(choice.Text)}");
        }

        text.AppendLine();
        switch (view.Type)
        {
            case QuestionType.Multiple:
                text.AppendLine(CultureInfo.InvariantCulture, $"*Choose {view.PickCount}.*");
                break;
            case QuestionType.Ordering:
                text.AppendLine(picked.Count == 0 ? "*Put all the choices in order: pick the first one.*" : $"*Your order so far: {string.Join(" → ", picked)}. Pick the next one.*");
                break;
        }

        if (view.Chosen.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Your answer: **{string.Join(view.Type == QuestionType.Ordering ? " → " : ", ", view.Chosen)}** (you can change it until you submit)");
        }

        var rows = new List<DiscordComponent>(AnswerRows(view, picked)) { Navigation(view) };
        if (GoTo(view) is { } goTo)
        {
            rows.Add(goTo);
        }

        return new DiscordMessage { Content = DiscordMessage.Fit(text.ToString().TrimEnd()), Components = rows, Flags = MessageFlags.Ephemeral };
    }

    /// <summary>The report: page 0 is the score, the estimate and the domains; pages 1 and on the missed questions.</summary>
    public static DiscordMessage Report(MockResultView report, int page = 0)
    {
        var pages = MissPages(report);
        page = Math.Clamp(page, 0, pages.Count);
        var content = page == 0 ? Summary(report, pages.Count) : pages[page - 1];
        var buttons = new List<DiscordComponent>();
        if (page > 0)
        {
            buttons.Add(Button(page == 1 ? "◀ Summary" : "◀ Back", MockComponentId.For(report.AttemptId, 0, MockComponentId.ReportPage, (page - 1).ToString(CultureInfo.InvariantCulture)), Secondary));
        }

        if (page < pages.Count)
        {
            buttons.Add(Button(page == 0 ? $"Missed questions ({report.Missed.Count}) ▶" : "More ▶", MockComponentId.For(report.AttemptId, 0, MockComponentId.ReportPage, (page + 1).ToString(CultureInfo.InvariantCulture)), Primary));
        }

        return new DiscordMessage
        {
            Content = DiscordMessage.Fit(content),
            Components = buttons.Count == 0 ? [] : [DiscordComponent.Row(buttons)],
            Flags = MessageFlags.Ephemeral,
        };
    }

    public static DiscordMessage History(MockHistoryView history)
    {
        var text = new StringBuilder("**Your mock exams**\n");
        foreach (var row in history.Attempts)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{DiscordText.Time(new TimePart(row.FinishedAt, row.Zone, TimeStyle.DateTime))} · **{row.Exam}** {row.Correct}/{row.Total} · ~{row.ScaledScore}/1000 (pass {row.PassMark}) · {(row.Passed ? "pass" : "fail")}{(row.TimedOut ? " · timed out" : string.Empty)}");
        }

        text.AppendLine().Append(DiscordText.Render(history.Trend));
        return new DiscordMessage { Content = DiscordMessage.Fit(text.ToString()), Flags = MessageFlags.Ephemeral };
    }

    private static string Summary(MockResultView report, int missPages)
    {
        var text = new StringBuilder();
        if (report.Lead is { } lead)
        {
            text.AppendLine(DiscordText.Render(lead)).AppendLine();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"**{report.Exam} mock: {(report.Passed ? "PASS" : "FAIL")}** · estimated **{report.ScaledScore}**/1000, pass mark {report.PassMark}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{report.Correct}/{report.Total} correct · time {Minutes(report.TimeUsed)} of {Minutes(report.TimeLimit)}{(report.TimedOut ? " · submitted at the time limit" : string.Empty)}");
        text.AppendLine().AppendLine("**Domains** (weight in the exam · your result)");
        foreach (var domain in report.Domains)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"`{Bar(domain)}` D{domain.Domain} {DiscordText.Escape(domain.Name)} ({domain.WeightPercent}%) · {(domain.Answered == 0 ? "none asked" : $"{domain.Accuracy.ToString("P0", CultureInfo.InvariantCulture)} ({domain.Correct}/{domain.Answered})")}");
        }

        text.AppendLine().AppendLine("-# " + DiscordText.Render(report.HowEstimated));
        text.Append(report.Missed.Count == 0
            ? "No misses. "
            : $"{report.Missed.Count} missed, each with its explanation on the next {(missPages == 1 ? "page" : $"{missPages} pages")}; they are in your review deck ({DiscordText.Command(CommandRef.Of(CommandNames.Review))}). ");
        text.Append("Another: ").Append(DiscordText.Command(report.Again)).Append(", or see ").Append(DiscordText.Command(CommandRef.Sub(CommandNames.Mock, CommandNames.MockHistory))).Append('.');
        return text.ToString();
    }

    /// <summary>The misses packed into pages that fit a message, each miss whole.</summary>
    private static List<string> MissPages(MockResultView report)
    {
        var pages = new List<string>();
        var page = new StringBuilder();
        var first = 1;
        for (var i = 0; i < report.Missed.Count; i++)
        {
            var missed = report.Missed[i];
            var entry = $"**{i + 1}.** {DiscordText.Escape(Flat(missed.Prompt))}\n✅ {DiscordText.Escape(missed.CorrectText)}\n> {DiscordText.Escape(Flat(missed.Explanation))}\n\n";
            if (page.Length > 0 && page.Length + entry.Length > PageBudget)
            {
                pages.Add(Header(first, i, report.Missed.Count) + page.ToString().TrimEnd());
                page.Clear();
                first = i + 1;
            }

            page.Append(entry);
        }

        if (page.Length > 0)
        {
            pages.Add(Header(first, report.Missed.Count, report.Missed.Count) + page.ToString().TrimEnd());
        }

        return pages;
    }

    private static string Header(int from, int to, int of) => $"**Missed {from}–{to} of {of}**\n\n";

    private static IEnumerable<DiscordComponent> AnswerRows(MockQuestionView view, IReadOnlyList<string> picked)
    {
        if (view.Type == QuestionType.Multiple)
        {
            return
            [
                DiscordComponent.Row(
                [
                    new DiscordComponent
                    {
                        Type = DiscordComponent.StringSelectType,
                        CustomId = MockComponentId.For(view.AttemptId, view.Position, MockComponentId.Answer),
                        Placeholder = $"Choose {view.PickCount}",
                        MinValues = view.PickCount,
                        MaxValues = view.PickCount,
                        Options = view.Choices.Select(c => new SelectOption(Clip($"{c.Label}. {c.Text}", 100), c.Label)).ToList(),
                    },
                ]),
            ];
        }

        var ordering = view.Type == QuestionType.Ordering;
        var buttons = view.Choices
            .Where(c => !picked.Contains(c.Label))
            .Select(c => Button(
                c.Label,
                ordering ? MockComponentId.For(view.AttemptId, view.Position, MockComponentId.Order, string.Concat(picked) + c.Label) : MockComponentId.For(view.AttemptId, view.Position, MockComponentId.Answer, c.Label),
                !ordering && view.Chosen.Contains(c.Label) ? Success : ordering ? Secondary : Primary))
            .ToList();
        return buttons.Chunk(MaxButtonsPerRow).Select(row => DiscordComponent.Row(row));
    }

    private static DiscordComponent Navigation(MockQuestionView view) => DiscordComponent.Row(
    [
        Button("◀ Back", MockComponentId.For(view.AttemptId, view.Position, MockComponentId.Previous), Secondary, disabled: view.IsFirst),
        Button(view.Flagged ? "Unflag" : "🚩 Flag", MockComponentId.For(view.AttemptId, view.Position, MockComponentId.Flag), Secondary),
        Button(view.Chosen.Count == 0 ? "Skip ▶" : "Next ▶", MockComponentId.For(view.AttemptId, view.Position, MockComponentId.Next), Secondary, disabled: view.IsLast),
        Button(view.UnansweredPositions.Count == 0 ? "Submit" : $"Submit ({view.UnansweredPositions.Count} unanswered)", MockComponentId.For(view.AttemptId, view.Position, MockComponentId.Submit), Danger),
    ]);

    /// <summary>A menu of the flagged and unanswered questions to jump to (the review list), flagged first.</summary>
    private static DiscordComponent? GoTo(MockQuestionView view)
    {
        var targets = view.FlaggedPositions.Select(p => (Position: p, Why: "flagged"))
            .Concat(view.UnansweredPositions.Where(p => !view.FlaggedPositions.Contains(p)).Select(p => (Position: p, Why: "unanswered")))
            .Where(t => t.Position != view.Position)
            .Take(MaxSelectOptions)
            .ToList();
        return targets.Count == 0 ? null : DiscordComponent.Row(
        [
            new DiscordComponent
            {
                Type = DiscordComponent.StringSelectType,
                CustomId = MockComponentId.For(view.AttemptId, view.Position, MockComponentId.GoTo),
                Placeholder = "Go to a flagged or unanswered question",
                MinValues = 1,
                MaxValues = 1,
                Options = targets.Select(t => new SelectOption($"Question {t.Position} ({t.Why})", t.Position.ToString(CultureInfo.InvariantCulture))).ToList(),
            },
        ]);
    }

    private static DiscordComponent Button(string label, string customId, int style, bool disabled = false) => new()
    {
        Type = DiscordComponent.ButtonType,
        Style = style,
        Label = label,
        CustomId = customId,
        Disabled = disabled ? true : null,
    };

    /// <summary>Ten blocks, one per 10 % right.</summary>
    private static string Bar(DomainStatView domain)
    {
        var full = domain.Answered == 0 ? 0 : (int)Math.Round(domain.Accuracy * 10, MidpointRounding.AwayFromZero);
        return new string('█', full) + new string('░', 10 - full);
    }

    private static string Minutes(TimeSpan span) => $"{(int)span.TotalMinutes} min {span.Seconds:00} s";

    private static string Flat(string text) => text.ReplaceLineEndings(" ");

    private static string Clip(string text, int max)
    {
        var flat = Flat(text);
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max - 1), "…");
    }
}
