using System.Globalization;
using System.Text.Json.Nodes;
using static StudyBot.BotFramework.Cards.CardElements;

namespace StudyBot.BotFramework.Cards;

/// <summary>Renders the engine's views as Adaptive Cards (version 1.5).</summary>
public static class TeamsCards
{
    public static JsonObject Question(RoundView round, string? note = null) => Card(QuestionBody(round, note));

    /// <summary>A question with a line above it saying what it is part of (a review session: what is due).</summary>
    public static JsonObject IntroducedQuestion(RoundView round, string intro) => Card([Text(intro), .. QuestionBody(round, null)]);

    public static JsonObject Result(AnswerResultView result, RoundView? next, QuizSummaryView? summary)
    {
        var body = new List<JsonNode?>(ResultBody(result)) { TeamsRatings.Actions(result) };
        if (next is not null)
        {
            body.Add(Text(" ", separator: true));
            body.AddRange(QuestionBody(next, null));
        }
        else if (summary is not null)
        {
            body.AddRange(SummaryBody(summary));
        }

        return Card(body);
    }

    /// <summary>The daily card as one member sees it after answering (Action.Execute replaces the card for them only).</summary>
    public static JsonObject DailyAnswered(RoundView round, AnswerResultView result) =>
        Card([.. QuestionBody(round with { Closed = true }, null), Text(Mark(result) + TeamsText.Render(result.Message), weight: "Bolder", separator: true)]);

    public static JsonObject Reveal(RevealView reveal)
    {
        var round = reveal.Round;
        var body = new List<JsonNode?>
        {
            Text($"Answer: {round.ExamLabel}", weight: "Bolder", size: "Medium"),
            Text(round.Prompt),
            Text($"✅ {reveal.CorrectText}", weight: "Bolder", color: "Good"),
            Text(reveal.Explanation, subtle: true),
            Facts(reveal.Tallies.Select(t => ($"{(t.Correct ? "✓ " : string.Empty)}{t.Label}", $"{t.Count} · {t.Text}"))),
            Text(reveal.AnswerCount == 1 ? "1 answer." : $"{reveal.AnswerCount} answers.", subtle: true),
        };
        if (reveal.CorrectNames.Count > 0)
        {
            body.Add(Text("Got it right: " + string.Join(", ", reveal.CorrectNames.Take(20)) + (reveal.CorrectNames.Count > 20 ? $" and {reveal.CorrectNames.Count - 20} more" : string.Empty)));
        }

        if (reveal.TopThisWeek.Count > 0)
        {
            body.Add(Text("This week", weight: "Bolder", separator: true));
            body.Add(Facts(reveal.TopThisWeek.Select(r => ($"{r.Rank}. {r.Name}", $"{r.Points} pts"))));
        }

        return Card(body);
    }

    public static JsonObject Leaderboard(LeaderboardView board) => Card(BoardBody(board));


    public static JsonObject Stats(StatsView stats)
    {
        var accuracy = stats.Answered == 0 ? 0 : (double)stats.Correct / stats.Answered;
        var body = new List<JsonNode?>
        {
            Text($"Stats: {stats.Name}", weight: "Bolder", size: "Medium"),
            Facts(
            [
                ("Answered", stats.Answered.ToString(CultureInfo.InvariantCulture)),
                ("Accuracy", accuracy.ToString("P0", CultureInfo.InvariantCulture)),
                ("Points", stats.Points.ToString(CultureInfo.InvariantCulture)),
                ("Streak", $"{stats.CurrentStreak} (longest {stats.LongestStreak})"),
                ("This week", stats.AnsweredThisWeek.ToString(CultureInfo.InvariantCulture)),
                ("On boards", stats.HiddenFromBoards
                    ? $"hidden ({TeamsText.Render(Engine.Presentation.Text.Of(CommandRef.Of(CommandNames.Stats, (CommandNames.Privacy, "show"))))} shows you again)"
                    : "visible"),
            ]),
        };
        foreach (var exam in stats.Exams)
        {
            body.Add(Text($"{exam.Exam} · {exam.ExamName}", weight: "Bolder", separator: true));
            body.Add(Facts(exam.Domains.Where(d => d.Answered > 0).Select(d =>
                ($"{d.Domain}. {d.Name}", $"{d.Accuracy.ToString("P0", CultureInfo.InvariantCulture)} of {d.Answered}"))));
            body.Add(Text(exam.Readiness is { } r
                ? $"Readiness {r}/1000 (pass mark {exam.PassMark}){(exam.Weakest is { } w ? $"; weakest: {w.Name}" : string.Empty)}"
                : $"Readiness after {exam.MinimumForReadiness} answers ({exam.Answered} so far).", subtle: true));
        }

        if (stats.Exams.Count == 0)
        {
            body.Add(Text(TeamsText.Render(Engine.Presentation.Text.Of("No answers yet. Try ", CommandRef.Of(CommandNames.Quiz), " or today's ", CommandRef.Of(CommandNames.Daily), " question."))));
        }

        if (stats.Review is { } review)
        {
            body.Add(Text(TeamsText.Render(review), separator: true));
        }

        return Card(body);
    }

    public static JsonObject Digest(DigestView digest)
    {
        var body = new List<JsonNode?>(BoardBody(digest.Board))
        {
            Text($"{digest.Participants} people answered {digest.Answers} times over {digest.Rounds} questions.", separator: true),
        };
        if (digest.Weakest is { } weakest)
        {
            body.Add(Text($"Weakest domain{(digest.WeakestExam is { } e ? $" in {e}" : string.Empty)}: {weakest.Name} ({weakest.Accuracy.ToString("P0", CultureInfo.InvariantCulture)})."));
        }

        if (digest.SuggestedQuiz is { } suggested)
        {
            body.Add(Text($"Practise it: {TeamsText.Render(Engine.Presentation.Text.Of(suggested))}", subtle: true));
        }

        if (digest.Review is { } review)
        {
            body.Add(Text(TeamsText.Render(review)));
        }

        if (digest.ChartPng is { Length: > 0 } png)
        {
            body.Add(Image("data:image/png;base64," + Convert.ToBase64String(png), "Accuracy per domain"));
        }

        return Card(body);
    }

    public static JsonObject Welcome(Text setupDescription) => Card(
    [
        Text("StudyBot is here 👋", weight: "Bolder", size: "Medium"),
        Text("I help your team prepare for the AWS AI/ML certifications: a question of the day in this channel, personal quizzes, leaderboards and stats."),
        Text(TeamsText.Render(Engine.Presentation.Text.Of("**Set up the daily question** (the member who installed me, or an admin they add): mention me with ",
            CommandRef.Sub(CommandNames.Setup, CommandNames.SetupDaily, (CommandNames.Time, "09:00"), (CommandNames.TimeZone, "Europe/Berlin")),
            ", optionally followed by days (weekdays, daily, mon,wed,fri), an exam and the delay until the reveal. ", CommandRef.Of(CommandNames.Setup), " alone shows a form.")).Replace("\\*\\*", "**", StringComparison.Ordinal), separator: true),
        Text(TeamsText.Render(Engine.Presentation.Text.Of("Everyone: ", CommandRef.Of(CommandNames.Quiz), ", ", CommandRef.Of(CommandNames.Daily), ", ",
            CommandRef.Of(CommandNames.Leaderboard), ", ", CommandRef.Of(CommandNames.Stats), ", ", CommandRef.Of(CommandNames.Help), "."))),
        Text(TeamsText.Render(setupDescription), subtle: true),
        ActionSet([Execute("Start a quiz", CardVerbs.Quiz, new JsonObject()), Execute("Set up the daily question", CardVerbs.Setup, new JsonObject { ["form"] = "true" })]),
    ]);

    public static JsonObject Setup(Channel channel, ExamCatalog exams)
    {
        var days = new[] { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
        return Card(
        [
            Text("Daily question", weight: "Bolder", size: "Medium"),
            Text(TeamsText.Render(ChannelSetupService.Describe(channel)), subtle: true),
            new JsonObject
            {
                ["type"] = "Input.Time", ["id"] = "time", ["label"] = "Post at",
                ["value"] = DailySchedule.FormatTime(channel.PostMinuteOfDay), ["isRequired"] = true,
            },
            new JsonObject
            {
                ["type"] = "Input.Text", ["id"] = "zone", ["label"] = "Time zone (IANA, e.g. Europe/Berlin)",
                ["value"] = channel.TimeZone, ["isRequired"] = true,
            },
            ChoiceSet("days", "Days", days.Select(d => (d, d)), multi: true, value: string.Join(',', days.Where(d => Vocabulary.TryWeekdays(d, out var day) && channel.Days.HasFlag(day)))),
            ChoiceSet("exam", "Exam", new[] { ("All active exams", "all") }.Concat(exams.All.Select(e => ($"{e.Code} · {e.Name}{(e.IsActive ? string.Empty : $" ({e.StatusText})")}", e.Code))), multi: false, value: channel.Exam ?? "all"),
            new JsonObject
            {
                ["type"] = "Input.Number", ["id"] = "reveal", ["label"] = "Reveal the answer after (minutes)",
                ["value"] = channel.RevealAfterMinutes, ["min"] = ChannelSetupService.MinRevealMinutes, ["max"] = ChannelSetupService.MaxRevealMinutes,
            },
            ActionSet([Execute("Save", CardVerbs.Setup, new JsonObject(), style: "positive")]),
        ]);
    }

    public static JsonObject Notice(string message) => Card([Text(message)]);

    public static JsonObject Notice(Notice notice) => Notice(TeamsText.Render(notice.Text) + (notice.Kind == NoticeKind.AdminsOnly
        ? " In Teams those are the member who installed StudyBot and the admins they added with " + TeamsText.Render(Engine.Presentation.Text.Of(
            CommandRef.Sub(CommandNames.Setup, CommandNames.SetupAdmins, (CommandNames.Action, "add")))) + " @member."
        : string.Empty));

    /// <summary>Help made from the engine's command catalog, in Teams' text syntax.</summary>
    public static string HelpText(HelpView help)
    {
        var text = new System.Text.StringBuilder("**StudyBot**");
        text.Append(help.Place == PlaceKind.Channel ? " (in a channel, mention me first)" : string.Empty).Append("\n\n");
        text.Append(TeamsText.Render(help.HowItWorks)).Append("\n\n");
        foreach (var command in help.Commands)
        {
            text.Append("- `").Append(Usage(command, null)).Append("`: ").Append(TeamsText.Escape(command.Description)).Append('\n');
            foreach (var sub in command.SubcommandList.Where(s => !s.AdminOnly || help.ForAdmin))
            {
                text.Append("- `").Append(Usage(command, sub)).Append("`: ").Append(TeamsText.Escape(sub.Description)).Append('\n');
            }
        }

        return text.ToString().TrimEnd();
    }

    private static string Usage(CommandDefinition command, CommandDefinition? sub)
    {
        var target = sub ?? command;
        var options = target.Options.Select(o => o.Type == OptionType.Member ? "@member" : o.Required ? o.Name : $"[{o.Name}]");
        return string.Join(' ', new[] { command.Name, sub?.Name }.Where(p => p is not null).Concat(options));
    }

    private static IEnumerable<JsonNode?> QuestionBody(RoundView round, string? note)
    {
        var header = round.Kind == RoundKind.Daily
            ? $"Daily question · {round.ExamLabel}"
            : $"Question {round.QuizPosition} of {round.QuizCount} · {round.ExamLabel}";
        yield return Text(header, weight: "Bolder", size: "Medium");
        yield return Text(round.Prompt);
        var hint = round.Type switch
        {
            QuestionType.Multiple => $"Choose {round.PickCount}.",
            QuestionType.Ordering => "Put the steps in order.",
            _ => null,
        };
        if (hint is not null)
        {
            yield return Text(hint, subtle: true);
        }

        if (round.Type != QuestionType.Single || round.Closed)
        {
            yield return Facts(round.Choices.Select(c => (c.Label, c.Text)));
        }

        if (round.Kind == RoundKind.Daily)
        {
            yield return Text(round.Closed
                ? $"Closed · {(round.AnswerCount == 1 ? "1 answer" : $"{round.AnswerCount} answers")}"
                : $"{(round.AnswerCount == 1 ? "1 answer" : $"{round.AnswerCount} answers")} so far · answer revealed at {LocalTime.Describe(new TimePart(round.ClosesAt, round.Zone))}", subtle: true);
        }

        if (note is not null)
        {
            yield return Text(note, weight: "Bolder");
        }

        if (round.Closed)
        {
            yield break;
        }

        var id = round.RoundId.ToString(CultureInfo.InvariantCulture);
        switch (round.Type)
        {
            case QuestionType.Single:
                yield return ActionSet(round.Choices.Select(c =>
                    Execute($"{c.Label}. {Shorten(c.Text, 60)}", CardVerbs.Answer, new JsonObject { ["roundId"] = id, [CardVerbs.ChoiceInput] = c.Label })));
                break;
            case QuestionType.Multiple:
                yield return ChoiceSet(CardVerbs.ChoiceInput, null, round.Choices.Select(c => ($"{c.Label}. {c.Text}", c.Label)), multi: true);
                yield return ActionSet([Execute("Submit", CardVerbs.Answer, new JsonObject { ["roundId"] = id }, style: "positive")]);
                break;
            default:
                for (var position = 1; position <= round.Choices.Count; position++)
                {
                    yield return ChoiceSet(CardVerbs.PositionInputPrefix + position.ToString(CultureInfo.InvariantCulture), $"Step {position}",
                        round.Choices.Select(c => ($"{c.Label}. {c.Text}", c.Label)), multi: false);
                }

                yield return ActionSet([Execute("Submit", CardVerbs.Answer, new JsonObject { ["roundId"] = id }, style: "positive")]);
                break;
        }
    }

    private static IEnumerable<JsonNode?> ResultBody(AnswerResultView result)
    {
        yield return Text(Mark(result) + TeamsText.Render(result.Message), weight: "Bolder", size: "Medium",
            color: result.Correct switch { true => "Good", false => "Attention", _ => null });
        if (result.Reveal && result.Explanation is { Length: > 0 } explanation)
        {
            yield return Text(explanation);
        }
    }

    private static IEnumerable<JsonNode?> SummaryBody(QuizSummaryView summary)
    {
        yield return Text($"Quiz done: {summary.Correct}/{summary.Total} correct, {summary.Points}/{summary.MaxPoints} points in {FormatDuration(summary.Duration)}.",
            weight: "Bolder", separator: true);
        foreach (var missed in summary.Missed.Take(10))
        {
            yield return Text($"**{Shorten(missed.Prompt, 140)}**\n\nAnswer: {missed.CorrectText}. {missed.Explanation}", subtle: true);
        }

        yield return ActionSet([Execute("Another quiz", CardVerbs.Quiz, new JsonObject()), Execute("Leaderboard", CardVerbs.Leaderboard, new JsonObject())]);
    }

    private static IEnumerable<JsonNode?> BoardBody(LeaderboardView board)
    {
        yield return Text(board.Title, weight: "Bolder", size: "Medium");
        if (board.Rows.Count == 0)
        {
            yield return Text($"No points yet {board.PeriodLabel}. Answer the question of the day in a team channel to get on the board; your quiz results are in stats.");
        }
        else
        {
            yield return Facts(board.Rows.Select(Row));
        }

        if (board.Caller is { } caller)
        {
            yield return Facts([Row(caller)]);
        }

        yield return Text($"{board.Participants} taking part.", subtle: true);
    }

    private static (string, string) Row(LeaderboardRowView r) =>
        ($"{r.Rank}. {r.Name}", $"{r.Points} pts · {r.Accuracy.ToString("P0", CultureInfo.InvariantCulture)} of {r.Answered}{(r.CurrentStreak > 1 ? $" · 🔥{r.CurrentStreak}" : string.Empty)}");

    private static string Mark(AnswerResultView result) => result.Correct switch
    {
        true => "✅ ",
        false => "❌ ",
        _ => string.Empty,
    };

    private static string FormatDuration(TimeSpan duration) =>
        duration.TotalMinutes >= 1 ? $"{(int)duration.TotalMinutes} min {duration.Seconds} s" : $"{Math.Max(0, duration.Seconds)} s";

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
