using System.Globalization;
using System.Text;
using StudyBot.Discord.Handlers;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Rendering;

/// <summary>Reports of problems on Discord: the button under a result, reveal or review step, its modal, and the admins' lists.</summary>
public static class FlagRendering
{
    public const string ReasonInput = "reason";
    public const string TextInput = "text";
    private const int ButtonStyleSecondary = 2;

    /// <summary>The "Report a problem" button of a round, in a row of its own.</summary>
    public static DiscordComponent ReportRow(long roundId) => DiscordComponent.Row([ReportButton(roundId)]);

    /// <summary>The "Report a problem" button of a round (it shares the rating row under an answer's result).</summary>
    public static DiscordComponent ReportButton(long roundId) => new()
    {
        Type = DiscordComponent.ButtonType,
        Style = ButtonStyleSecondary,
        Label = FlagForm.Title,
        CustomId = new AnswerCustomId(AnswerCustomId.Report, roundId, string.Empty).ToString(),
    };

    /// <summary>The message with the report button added under what it has (when a row is left).</summary>
    public static DiscordMessage WithReport(DiscordMessage message, long roundId) =>
        roundId <= 0 || (message.Components?.Count ?? 0) >= DiscordMessage.MaxRows ? message : message with { Components = [.. message.Components ?? [], ReportRow(roundId)] };

    /// <summary>The report form: a required reason select and an optional text, each in a label (Discord's modal layout).</summary>
    public static DiscordModal ReportModal(long roundId) => new(
        new AnswerCustomId(AnswerCustomId.ReportForm, roundId, string.Empty).ToString(),
        FlagForm.Title,
        [
            new
            {
                type = ModalComponent.LabelType,
                label = "What is wrong?",
                component = new
                {
                    type = DiscordComponent.StringSelectType,
                    custom_id = ReasonInput,
                    min_values = 1,
                    max_values = 1,
                    options = FlagForm.Reasons.Select(r => new { label = r.Label, value = r.Word }).ToArray(),
                },
            },
            new
            {
                type = ModalComponent.LabelType,
                label = FlagForm.TextLabel,
                component = new
                {
                    type = ModalComponent.TextInputType,
                    custom_id = TextInput,
                    style = 2,
                    max_length = FlagForm.MaxTextLength,
                    required = false,
                },
            },
        ]);

    /// <summary><c>/flags</c>: the open reports per question, the most reported first.</summary>
    public static string List(FlagsResult result)
    {
        if (result.Questions.Count == 0)
        {
            return "No open reports about questions here.";
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**Open reports: {result.OpenReports}** on {result.Questions.Count} question(s)");
        foreach (var q in result.Questions)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\n**{DiscordText.Escape(q.QuestionId)}** — {q.Reports} report(s): {Reasons(q)}");
            text.Append("\n> ").Append(DiscordText.Escape(Clip(q.Prompt, 160)));
            text.Append("\nKey: **").Append(DiscordText.Escape(q.Key)).Append("**").Append(q.CurrentVersion ? string.Empty : " (an older version was reported)");
            text.Append("\nReported by ").Append(Reporters(q));
        }

        text.Append("\n\nSee one with ").Append(DiscordText.Command(new CommandRef(CommandNames.Flags, CommandNames.FlagsShow, [KeyValuePair.Create(CommandNames.Id, result.Questions[0].QuestionId)])));
        return DiscordMessage.Fit(text.ToString());
    }

    /// <summary><c>/flags show</c>: the question with its choices and key, every report's words, and what was decided before.</summary>
    public static string Detail(FlagDetailResult result)
    {
        var text = new StringBuilder();
        if (result.Open is not { } q)
        {
            return $"No question {DiscordText.Escape(result.QuestionId)} to show.";
        }

        text.Append("**").Append(DiscordText.Escape(q.QuestionId)).Append("** (version ").Append(q.Version).Append(")\n> ").Append(DiscordText.Escape(Clip(q.Prompt, 600)));
        foreach (var c in q.Choices)
        {
            text.Append("\n").Append(c.Label).Append(": ").Append(DiscordText.Escape(Clip(c.Text, 200)));
        }

        text.Append("\nKey: **").Append(DiscordText.Escape(q.Key)).Append("**");
        text.Append(CultureInfo.InvariantCulture, $"\n\n{q.Reports} open report(s){(q.Reports == 0 ? "." : ": " + Reasons(q))}");
        foreach (var t in q.Texts)
        {
            text.Append("\n• ").Append(FlagReasons.Word(t.Reason)).Append(" — ").Append(DiscordText.Escape(t.Reporter ?? "a member who keeps their name private"));
            if (t.Text.Length > 0)
            {
                text.Append(": ").Append(DiscordText.Escape(Clip(t.Text.ReplaceLineEndings(" "), 300)));
            }
        }

        foreach (var h in result.History)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nEarlier: {h.Action} {DiscordText.Escape(h.Answer)} ({h.Gained} gained, {h.Lost} lost) {DiscordText.Escape(h.Note)}");
        }

        text.Append("\n\nResolve with ").Append(DiscordText.Command(new CommandRef(CommandNames.Flags, CommandNames.FlagsResolve,
            [KeyValuePair.Create(CommandNames.Id, q.QuestionId), KeyValuePair.Create(CommandNames.Action, "fix-key"), KeyValuePair.Create(CommandNames.Answer, q.Choices.FirstOrDefault()?.Label ?? "A")])));
        return DiscordMessage.Fit(text.ToString());
    }

    private static string Reasons(FlagQuestionView q) => string.Join(", ", q.Reasons.Select(r => $"{r.Word} ×{r.Count}"));

    private static string Reporters(FlagQuestionView q)
    {
        var names = q.Reporters.Select(DiscordText.Escape).ToList();
        if (q.PrivateReporters > 0)
        {
            names.Add(q.PrivateReporters == 1 ? "1 member who keeps their name private" : $"{q.PrivateReporters} members who keep their names private");
        }

        return string.Join(", ", names);
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
