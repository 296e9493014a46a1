using System.Globalization;
using System.Text;
using StudyBot.Discord.Commands;
using StudyBot.Discord.Handlers;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Rendering;

/// <summary>Turns the engine's views into Discord messages: markdown content plus buttons or a select menu.</summary>
public static class DiscordRenderer
{
    /// <summary>A command's result as the reply to the interaction; private results only the caller sees.</summary>
    public static DiscordMessage Result(CommandResult result)
    {
        var message = result switch
        {
            NoticeResult n => Text(Notice(n.Notice)),
            QuizStartedResult q => Question(q.First, AnswerCustomId.Quiz, lead: q.Intro is { } intro ? DiscordText.Render(intro) : null),
            DailyResult { Open: { } open } => Question(open, AnswerCustomId.Daily),
            DailyResult { Closed: { } closed } => FlagRendering.WithReport(Text(Reveal(closed)), closed.Round.RoundId),
            DailyResult d => Text(DiscordText.Render(d.None ?? Engine.Presentation.Text.Empty)),
            BoardResult b => Text(Leaderboard(b.Board)),
            StatsResult s => Text(Stats(s.Stats)),
            HelpResult h => Text(Help(h.Help)),
            ExamsResult e => Text(Exams(e)),
            FlagsResult f => Text(FlagRendering.List(f)), FlagDetailResult d => Text(FlagRendering.Detail(d)),
            SetupFormResult f => Text(DiscordText.Render(Engine.Setup.ChannelSetupService.Describe(f.Channel))),
            _ => Text("Done."),
        };
        return result.Audience == Audience.Private ? message with { Flags = MessageFlags.Ephemeral } : message;
    }

    /// <summary>A notice in Discord's words; a refusal for non-admins names the permission Discord uses.</summary>
    public static string Notice(Notice notice) => notice.Kind == NoticeKind.AdminsOnly
        ? DiscordText.Render(notice.Text) + " On Discord that is members with the Manage Server permission."
        : DiscordText.Render(notice.Text);

    /// <summary><c>/exams</c>: each exam's format, with what the bank holds for it.</summary>
    public static string Exams(ExamsResult result)
    {
        var text = new StringBuilder("**Exams**\n");
        foreach (var (exam, questions) in result.Exams.Select(e => (e.Exam, e.Questions)))
        {
            var status = exam.IsActive ? string.Empty : $" · *{exam.StatusText}*";
            text.Append(CultureInfo.InvariantCulture, $"**{exam.Code}** {DiscordText.Escape(exam.Name)}{status}\n");
            text.Append(CultureInfo.InvariantCulture, $"{exam.ScoredQuestions + exam.UnscoredQuestions} questions in {exam.Minutes} min, pass mark {exam.PassMark}/1000 · {questions} in the bank\n");
        }

        return DiscordMessage.Fit(text.ToString().TrimEnd());
    }

    /// <summary>Help made from the engine's command catalog.</summary>
    public static string Help(HelpView help)
    {
        var text = new StringBuilder("**StudyBot** · practice for the AWS AI/ML certifications\n");
        text.AppendLine(DiscordText.Render(help.HowItWorks)).AppendLine();
        foreach (var command in help.Commands)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"`{Usage(command)}` · {DiscordText.Escape(command.Description)}");
            foreach (var sub in command.SubcommandList.Where(s => (!s.AdminOnly || help.ForAdmin) && DiscordCommandDefinitions.OnDiscord(s)))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  `{Usage(command, sub)}` · {DiscordText.Escape(sub.Description)}");
            }
        }

        return DiscordMessage.Fit(text.ToString().TrimEnd());
    }

    private static string Usage(CommandDefinition command, CommandDefinition? sub = null)
    {
        var target = sub ?? command;
        var options = target.Options.Where(o => o.Name != CommandNames.Action).Select(o => o.Required ? $"{o.Name}:" : $"[{o.Name}]");
        return string.Join(' ', new[] { "/" + command.Name, sub?.Name }.Where(p => p is not null).Concat(options));
    }

    private static DiscordMessage Text(string content) => new() { Content = DiscordMessage.Fit(content) };

    private const int ButtonStylePrimary = 1;
    private const int ButtonStyleSecondary = 2;
    private const int MaxButtonsPerRow = 5;

    /// <summary>A question with its answer components; <paramref name="picked"/> are the labels placed so far (ordering).</summary>
    public static DiscordMessage Question(RoundView round, string kind, IReadOnlyList<string>? picked = null, string? lead = null, bool showStatus = true)
    {
        picked ??= [];
        var text = new StringBuilder();
        if (!string.IsNullOrEmpty(lead))
        {
            text.AppendLine(lead).AppendLine();
        }

        text.AppendLine(round.QuizPosition is { } position && round.QuizCount is { } count
            ? $"**Question {position}/{count}** · {round.ExamLabel} · {Difficulty(round.Difficulty)}"
            : $"**Question of the day** · {round.ExamLabel} · {Difficulty(round.Difficulty)}");
        text.AppendLine(round.Prompt).AppendLine();
        foreach (var choice in round.Choices)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"**{choice.Label}.** {choice.Text}");
        }

        text.AppendLine();
        switch (round.Type)
        {
            case QuestionType.Multiple:
                text.AppendLine(CultureInfo.InvariantCulture, $"*Choose {round.PickCount}.*");
                break;
            case QuestionType.Ordering:
                text.AppendLine(picked.Count == 0
                    ? "*Put the choices in order: pick the first one.*"
                    : $"*Your order so far: {string.Join(" → ", picked)}. Pick the next one.*");
                break;
        }

        if (kind == AnswerCustomId.Daily && showStatus)
        {
            text.Append(round.Closed
                ? $"Closed · {Answered(round.AnswerCount)}."
                : $"{Answered(round.AnswerCount)} · answer revealed {DiscordText.Time(new TimePart(round.ClosesAt, round.Zone, TimeStyle.Relative))}, at {DiscordText.Time(new TimePart(round.ClosesAt, round.Zone))}.");
        }

        return new DiscordMessage
        {
            Content = DiscordMessage.Fit(text.ToString().TrimEnd()),
            Components = round.Closed ? [] : AnswerComponents(round, kind, picked),
        };
    }

    public static IReadOnlyList<DiscordComponent> AnswerComponents(RoundView round, string kind, IReadOnlyList<string> picked)
    {
        if (round.Type == QuestionType.Multiple)
        {
            return
            [
                DiscordComponent.Row(
                [
                    new DiscordComponent
                    {
                        Type = DiscordComponent.StringSelectType,
                        CustomId = new AnswerCustomId(kind, round.RoundId, string.Empty).ToString(),
                        Placeholder = $"Choose {round.PickCount}",
                        MinValues = round.PickCount,
                        MaxValues = round.PickCount,
                        Options = round.Choices.Select(c => new SelectOption(Clip($"{c.Label}. {c.Text}", 100), c.Label)).ToList(),
                    },
                ]),
            ];
        }

        var prefix = round.Type == QuestionType.Ordering ? string.Concat(picked) : string.Empty;
        var buttons = round.Choices
            .Where(c => !picked.Contains(c.Label))
            .Select(c => new DiscordComponent
            {
                Type = DiscordComponent.ButtonType,
                Style = round.Type == QuestionType.Ordering ? ButtonStyleSecondary : ButtonStylePrimary,
                Label = c.Label,
                CustomId = new AnswerCustomId(kind, round.RoundId, prefix + c.Label).ToString(),
            })
            .ToList();
        return buttons.Chunk(MaxButtonsPerRow).Select(row => DiscordComponent.Row(row)).ToList();
    }

    /// <summary>A quiz step: the result with its explanation, then the next question or the summary.</summary>
    public static DiscordMessage QuizStep(QuizStepView step)
    {
        var lead = new StringBuilder(Verdict(step.Result));
        if (!string.IsNullOrEmpty(step.Result.Explanation))
        {
            lead.Append("\n> ").Append(step.Result.Explanation.ReplaceLineEndings(" "));
        }

        if (step.Next is { } next)
        {
            return Question(next, AnswerCustomId.Quiz, [], lead.ToString());
        }

        var content = step.Summary is { } summary ? lead + "\n\n" + QuizSummary(summary) : lead.ToString();
        return new DiscordMessage { Content = DiscordMessage.Fit(content), Components = [] };
    }

    public static string QuizSummary(QuizSummaryView summary)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"**Quiz finished:** {summary.Correct}/{summary.Total} correct, {summary.Points}/{summary.MaxPoints} points in {Duration(summary.Duration)}.");
        if (summary.Missed.Count > 0)
        {
            text.Append("\n\nTo review:");
            foreach (var missed in summary.Missed)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n• {Clip(missed.Prompt, 120)} — **{missed.CorrectText}**");
            }
        }

        text.Append("\n\nStart another with ").Append(DiscordText.Command(CommandRef.Of(CommandNames.Quiz))).Append('.');
        return text.ToString();
    }

    public static string Reveal(RevealView reveal)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"**Answer to the question of the day** · {reveal.Round.ExamLabel}");
        text.AppendLine(Clip(reveal.Round.Prompt, 300));
        text.AppendLine(CultureInfo.InvariantCulture, $"✅ **{reveal.CorrectText}**");
        text.AppendLine(CultureInfo.InvariantCulture, $"> {reveal.Explanation.ReplaceLineEndings(" ")}").AppendLine();
        text.AppendLine(string.Join(" · ", reveal.Tallies.Select(t => $"{t.Label}{(t.Correct ? " ✓" : string.Empty)}: {t.Count}")));
        text.AppendLine(CultureInfo.InvariantCulture, $"{Answered(reveal.AnswerCount)}.");
        if (reveal.CorrectNames.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Right: {string.Join(", ", reveal.CorrectNames.Take(30).Select(DiscordText.Escape))}{(reveal.CorrectNames.Count > 30 ? " and more" : string.Empty)}");
        }

        if (reveal.TopThisWeek.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Top this week: {string.Join(" · ", reveal.TopThisWeek.Select(r => $"{r.Rank}. {DiscordText.Escape(r.Name)} ({r.Points})"))}");
        }

        return DiscordMessage.Fit(text.ToString().TrimEnd());
    }

    /// <summary>The board; member and channel names are the members' own words, escaped so they show as written.</summary>
    public static string Leaderboard(LeaderboardView board)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"**{DiscordText.Escape(board.Title)}**");
        if (board.Rows.Count == 0 && board.Caller is null)
        {
            text.Append(CultureInfo.InvariantCulture, $"No points yet {board.PeriodLabel}. Answer the question of the day to get on the board.");
            return text.ToString();
        }

        foreach (var row in board.Rows)
        {
            text.AppendLine(Row(row));
        }

        if (board.Caller is { } caller)
        {
            text.AppendLine("…").AppendLine(Row(caller));
        }

        text.Append(CultureInfo.InvariantCulture, $"{board.Participants} participant{(board.Participants == 1 ? string.Empty : "s")}.");
        return DiscordMessage.Fit(text.ToString());
    }

    public static string Stats(StatsView stats)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"**Stats for {DiscordText.Escape(stats.Name)}**{(stats.HiddenFromBoards ? " (hidden from boards)" : string.Empty)}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{stats.Answered} answered, {stats.Correct} correct ({Percent(stats.Answered == 0 ? 0 : (double)stats.Correct / stats.Answered)}), {stats.Points} points, {stats.AnsweredThisWeek} this week.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Streak: {stats.CurrentStreak} (longest {stats.LongestStreak}).");
        if (stats.Exams.Count == 0)
        {
            text.Append("No answers yet: try ").Append(DiscordText.Command(CommandRef.Of(CommandNames.Quiz))).Append(" or today's ").Append(DiscordText.Command(CommandRef.Of(CommandNames.Daily))).Append('.');
        }

        foreach (var exam in stats.Exams)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"**{exam.Exam}** {exam.ExamName} — {exam.Answered} answered");
            foreach (var domain in exam.Domains.Where(d => d.Answered > 0))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"D{domain.Domain} {domain.Name}: {Percent(domain.Accuracy)} of {domain.Answered}");
            }

            text.AppendLine(exam.Readiness is { } readiness
                ? $"Readiness: {readiness}/1000 (pass mark {exam.PassMark})."
                : $"Readiness shows after {exam.MinimumForReadiness} answers.");
            if (exam.Weakest is { } weakest)
            {
                var practice = CommandRef.Of(CommandNames.Quiz, (CommandNames.Exam, exam.Exam), (CommandNames.Domain, weakest.Domain.ToString(CultureInfo.InvariantCulture)));
                text.AppendLine(CultureInfo.InvariantCulture, $"Weakest: D{weakest.Domain}, practise it with {DiscordText.Command(practice)}");
            }
        }

        if (stats.Review is { } review)
        {
            text.AppendLine().AppendLine(DiscordText.Render(review));
        }

        return DiscordMessage.Fit(text.ToString().TrimEnd());
    }

    public static string Digest(DigestView digest)
    {
        var text = new StringBuilder();
        text.AppendLine("**Weekly digest**");
        text.AppendLine(CultureInfo.InvariantCulture, $"{digest.Participants} people answered {digest.Answers} times over {digest.Rounds} questions.").AppendLine();
        text.AppendLine(Leaderboard(digest.Board));
        if (digest.Weakest is { } weakest)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture,
                $"Team's weakest domain: {digest.WeakestExam} D{weakest.Domain} {weakest.Name} ({Percent(weakest.Accuracy)}).");
        }

        if (digest.SuggestedQuiz is { } suggested)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Suggested: {DiscordText.Command(suggested)}");
        }

        if (digest.Review is { } review)
        {
            text.AppendLine().AppendLine(DiscordText.Render(review));
        }

        return DiscordMessage.Fit(text.ToString().TrimEnd());
    }


    private static string Verdict(AnswerResultView result) => result.Correct switch
    {
        true => "✅ " + DiscordText.Render(result.Message),
        false => "❌ " + DiscordText.Render(result.Message),
        null => DiscordText.Render(result.Message),
    };

    private static string Row(LeaderboardRowView row) =>
        $"{row.Rank}. {DiscordText.Escape(row.Name)} — {row.Points} pts ({row.Correct}/{row.Answered}, {Percent(row.Accuracy)}){(row.CurrentStreak > 1 ? $" 🔥{row.CurrentStreak}" : string.Empty)}";

    private static string Answered(int count) => count == 1 ? "1 answer" : $"{count} answers";

    private static string Difficulty(int difficulty) => difficulty switch
    {
        1 => "easy",
        2 => "medium",
        _ => "hard",
    };

    private static string Percent(double value) => value.ToString("P0", CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan duration) =>
        duration.TotalMinutes >= 1 ? $"{(int)duration.TotalMinutes} min {duration.Seconds} s" : $"{Math.Max(0, duration.Seconds)} s";

    private static string Clip(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max - 1), "…");
    }
}
