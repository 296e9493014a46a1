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
            MockQuestionResult m => MockRendering.Question(m.Question),
            MockReportResult m => MockRendering.Report(m.Report),
            MockHistoryResult m => MockRendering.History(m.History),
            FlagsResult f => Text(FlagRendering.List(f)), FlagDetailResult d => Text(FlagRendering.Detail(d)),
            SetupFormResult f => Text(DiscordText.Render(Engine.Setup.ChannelSetupService.Describe(f.Channel))),
            DeckFileResult d => Text(DiscordText.Render(d.Summary)),
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
        if (help.Actions.Count > 0)
        {
            text.Append("**Start with:** ").AppendJoin(" · ", help.Actions.Select(DiscordText.Command)).AppendLine().AppendLine();
        }

        var full = Commands(help, compact: false);
        // Every command must be listed: when the subcommands' descriptions would not fit in one message, they are named only.
        var list = text.Length + full.Length <= DiscordMessage.MaxContentLength ? full : Commands(help, compact: true);
        return DiscordMessage.Fit(text.Append(list).ToString().TrimEnd());
    }

    private static string Commands(HelpView help, bool compact)
    {
        var text = new StringBuilder();
        foreach (var command in help.Commands)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"`{Usage(command)}` · {DiscordText.Escape(command.Description)}");
            var subs = command.SubcommandList.Where(s => (!s.AdminOnly || help.ForAdmin) && DiscordCommandDefinitions.OnDiscord(s)).ToList();
            if (compact && subs.Count > 0)
            {
                text.Append("  ").AppendJoin(" · ", subs.Select(sub => $"`{Usage(command, sub)}`")).AppendLine();
                continue;
            }

            foreach (var sub in subs)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  `{Usage(command, sub)}` · {DiscordText.Escape(sub.Description)}");
            }
        }

        return text.ToString();
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
            ? $"**Question {position}/{count}** · {DiscordText.Escape(round.ExamLabel)} · {Difficulty(round.Difficulty)}"
            : $"**Question of the day** · {DiscordText.Escape(round.ExamLabel)} · {Difficulty(round.Difficulty)}");
        text.AppendLine(DiscordText.Escape(round.Prompt)).AppendLine();
        text.Append(MatchingComponents.ItemLines(round));
        foreach (var choice in round.Choices)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"**{choice.Label}.** {DiscordText.Escape(choice.Text)}");
        }

        text.AppendLine();
        switch (round.Type)
        {
            case QuestionType.Multiple when !Wording.SaysHowManyToPick(round.Prompt):
                text.AppendLine(CultureInfo.InvariantCulture, $"*Choose {round.PickCount}.*");
                break;
            case QuestionType.Ordering or QuestionType.Matching:
                text.AppendLine(CultureInfo.InvariantCulture, $"*{DiscordText.Render(AnswerDraft.From(round, picked).Status)}*");
                break;
        }

        if (kind == AnswerCustomId.Daily && showStatus)
        {
            text.Append(round.Closed
                ? $"Closed · {Wording.Answers(round.AnswerCount)}."
                : $"{Wording.Answers(round.AnswerCount)} · answer revealed {DiscordText.Time(new TimePart(round.ClosesAt, round.Zone, TimeStyle.Relative))}, at {DiscordText.Time(new TimePart(round.ClosesAt, round.Zone))}.");
        }

        return new DiscordMessage
        {
            Content = DiscordMessage.Fit(text.ToString().TrimEnd()),
            Components = round.Closed ? [] : AnswerComponents(round, kind, picked),
        };
    }

    public static IReadOnlyList<DiscordComponent> AnswerComponents(RoundView round, string kind, IReadOnlyList<string> picked)
    {
        if (AnswerDraft.IsBuilt(round.Type))
        {
            return AnswerBuilder.Components(round, kind, AnswerDraft.From(round, picked), page: 1, shared: kind == AnswerCustomId.Daily);
        }

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
                        // The full texts are in the message above; an option's label (100 characters at most) is its letter only, never a cut answer.
                        Options = round.Choices.Select(c => new SelectOption(c.Label, c.Label)).ToList(),
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
            // The explanation in normal weight, as its own paragraph.
            lead.Append("\n").Append(DiscordText.Escape(step.Result.Explanation));
        }

        var rating = DiscordRatings.Row(step.Result);
        if (step.Next is { } next)
        {
            var question = Question(next, AnswerCustomId.Quiz, [], lead.ToString());
            var rows = question.Components ?? [];
            // The next question must stay answerable: when its rows (a matching page uses all five) leave no room, the result's
            // row is left off (the answer counts as Good; a problem can still be reported from the reveal or the review).
            return question with { Components = rating.Count + rows.Count <= DiscordMessage.MaxRows ? [.. rating, .. rows] : rows };
        }

        var content = step.Summary is { } summary ? lead + "\n\n" + QuizSummary(summary) : lead.ToString();
        return new DiscordMessage { Content = DiscordMessage.Fit(content), Components = rating };
    }

    public static string QuizSummary(QuizSummaryView summary)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"**Quiz finished:** {summary.Correct}/{summary.Total} correct, {summary.Points}/{Wording.Points(summary.MaxPoints)} in {Duration(summary.Duration)}.");
        if (summary.Missed.Count > 0)
        {
            text.Append("\n\nTo review:");
            foreach (var missed in summary.Missed)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n• {DiscordText.Escape(Wording.Shorten(missed.Prompt, 160))}\n  Answer: **{DiscordText.Escape(missed.CorrectText)}**");
            }
        }

        text.Append("\n\nStart another with ").Append(DiscordText.Command(CommandRef.Of(CommandNames.Quiz))).Append('.');
        return text.ToString();
    }

    public static string Reveal(RevealView reveal)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"**Answer to the question of the day** · {DiscordText.Escape(reveal.Round.ExamLabel)}");
        text.AppendLine(DiscordText.Escape(reveal.Round.Prompt));
        text.Append(MatchingComponents.ItemLines(reveal.Round));
        text.AppendLine(CultureInfo.InvariantCulture, $"✅ **{DiscordText.Escape(reveal.CorrectText)}**");
        text.AppendLine(DiscordText.Escape(reveal.Explanation)).AppendLine();
        text.AppendLine(string.Join(" · ", reveal.Tallies.Select(t => $"{t.Label}{(t.Correct ? " ✓" : string.Empty)} {Wording.Votes(t.Count)}")));
        text.AppendLine(CultureInfo.InvariantCulture, $"{Wording.Answers(reveal.AnswerCount)}.");
        if (reveal.CorrectNames.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Right: {string.Join(", ", reveal.CorrectNames.Take(30).Select(DiscordText.Escape))}{(reveal.CorrectNames.Count > 30 ? " and more" : string.Empty)}");
        }

        if (reveal.TopThisWeek.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Top this week: {string.Join(" · ", reveal.TopThisWeek.Select(r => $"#{r.Rank} {DiscordText.Escape(r.Name)} ({Wording.Points(r.Points)})"))}");
        }

        return DiscordMessage.Fit(text.ToString().TrimEnd());
    }

    /// <summary>The board; member and channel names are the members' own words, escaped so they show as written.</summary>
    public static string Leaderboard(LeaderboardView board)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"**{BoardTitle(board)}**");
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

        text.Append(board.Truncated
            ? $"Top {board.Rows.Count} of {Wording.Count(board.Participants, "participant", "participants")}."
            : $"{Wording.Count(board.Participants, "participant", "participants")}.");
        return DiscordMessage.Fit(text.ToString());
    }

    /// <summary>"Leaderboard — this week, #channel" with the channel as mention markup (each reader sees its name; nobody is pinged).</summary>
    private static string BoardTitle(LeaderboardView board) =>
        board.Scope == BoardScope.Channel && board.ChannelExternalId is { Length: > 0 } channelId && channelId.All(char.IsAsciiDigit)
            ? $"Leaderboard — {DiscordText.Escape(board.PeriodLabel)}, <#{channelId}>"
            : DiscordText.Escape(board.Title);

    public static string Stats(StatsView stats)
    {
        var text = new StringBuilder();
        // A member whose name Discord did not send is written as mention markup (each reader sees the name; nobody is pinged).
        var who = stats.ExternalId is { Length: > 0 } id && id.All(char.IsAsciiDigit) && (stats.Name.Length == 0 || stats.Name == id)
            ? $"<@{id}>"
            : DiscordText.Escape(stats.Name);
        text.AppendLine(CultureInfo.InvariantCulture, $"**Stats for {who}**{(stats.HiddenFromBoards ? " (hidden from boards)" : string.Empty)}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{stats.Answered} answered, {stats.Correct} correct{(stats.Answered == 0 ? string.Empty : $" ({Percent((double)stats.Correct / stats.Answered)})")}, {Wording.Points(stats.Points)}, {stats.AnsweredThisWeek} this week.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Streak: {Wording.Count(stats.CurrentStreak, "day", "days")} (longest {stats.LongestStreak}).");
        if (stats.Exams.Count == 0)
        {
            text.Append("No answers yet: try ").Append(DiscordText.Command(CommandRef.Of(CommandNames.Quiz))).Append(" or today's ").Append(DiscordText.Command(CommandRef.Of(CommandNames.Daily))).Append('.');
        }

        foreach (var exam in stats.Exams)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"**{DiscordText.Escape(exam.Heading)}** — {exam.Answered} answered");
            foreach (var domain in exam.Domains.Where(d => d.Answered > 0))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{DiscordText.Escape(domain.Name)}: {Percent(domain.Accuracy)} of {domain.Answered}");
            }

            text.AppendLine(exam.Readiness is { } readiness
                ? $"Readiness: {readiness}/1000 (pass mark {exam.PassMark})."
                : exam.ReadinessPending);
            if (exam.Weakest is { } weakest)
            {
                var practice = CommandRef.Of(CommandNames.Quiz, (CommandNames.Exam, exam.Exam), (CommandNames.Domain, weakest.Domain.ToString(CultureInfo.InvariantCulture)));
                text.AppendLine(CultureInfo.InvariantCulture, $"Weakest: {DiscordText.Escape(weakest.Name)}, practise it with {DiscordText.Command(practice)}");
            }
        }

        if (stats.NoteList.Count > 0)
        {
            text.AppendLine();
            foreach (var note in stats.NoteList)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"-# {DiscordText.Render(note)}");
            }
        }

        if (stats.Review is { } review)
        {
            text.AppendLine().AppendLine(DiscordText.Render(review));
        }

        if (stats.Mock is { } mock)
        {
            text.AppendLine().AppendLine(DiscordText.Render(mock));
        }

        return DiscordMessage.Fit(text.ToString().TrimEnd());
    }

    public static string Digest(DigestView digest)
    {
        var text = new StringBuilder();
        text.AppendLine("**Weekly digest**");
        text.AppendLine(digest.Participation).AppendLine();
        text.AppendLine(Leaderboard(digest.Board));
        if (digest.Weakest is { } weakest)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture,
                $"Team's weakest domain: {digest.WeakestExam} · {DiscordText.Escape(weakest.Name)} ({Percent(weakest.Accuracy)}).");
        }

        if (digest.SuggestedQuiz is { } suggested)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Suggested: {DiscordText.Command(suggested)}");
        }

        if (digest.Review is { } review)
        {
            text.AppendLine().AppendLine(DiscordText.Render(review));
        }

        if (digest.Mock is { } mock)
        {
            text.AppendLine(DiscordText.Render(mock));
        }

        return DiscordMessage.Fit(text.ToString().TrimEnd());
    }


    private static string Verdict(AnswerResultView result) => result.Correct switch
    {
        true => "✅ " + DiscordText.Render(result.Message),
        false => "❌ **Not quite.** " + DiscordText.Render(result.Message),
        null => DiscordText.Render(result.Message),
    };

    private static string Row(LeaderboardRowView row) =>
        $"{row.Rank}\\. {DiscordText.Escape(row.Name)} — {Wording.Points(row.Points)} ({row.Correct}/{row.Answered}, {Percent(row.Accuracy)}){(row.CurrentStreak > 1 ? $" 🔥{row.CurrentStreak}" : string.Empty)}";

    private static string Difficulty(int difficulty) => difficulty switch
    {
        1 => "easy",
        2 => "medium",
        _ => "hard",
    };

    private static string Percent(double value) => Wording.Percent(value);

    private static string Duration(TimeSpan duration) =>
        duration.TotalMinutes >= 1 ? $"{(int)duration.TotalMinutes} min {duration.Seconds} s" : $"{Math.Max(0, duration.Seconds)} s";

    internal static string Clip(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max - 1), "…");
    }
}
