using System.Globalization;
using System.Text.Json.Nodes;
using StudyBot.BotFramework.Handlers;
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
            // The last question's explanation is already above when it was missed: the summary does not repeat it.
            body.AddRange(SummaryBody(summary, explainedLast: result.Correct == false && result.Reveal && !string.IsNullOrEmpty(result.Explanation)));
        }

        return Card(body);
    }

    public static JsonObject Reveal(RevealView reveal)
    {
        var round = reveal.Round;
        var body = new List<JsonNode?>
        {
            Text($"Answer · {TeamsText.Escape(round.ExamLabel)}", weight: "Bolder", size: "Medium"),
            Text(TeamsText.Escape(round.Prompt)),
            round.Items.Count > 0 ? AnswerCards.ItemFacts(round) : null,
            Text($"✅ {TeamsText.Escape(reveal.CorrectText)}", weight: "Bolder", color: "Good"),

            // The explanation at normal contrast: it is what members read the reveal for.
            Text(TeamsText.Escape(reveal.Explanation)),
            Facts(reveal.Tallies.Select(t => ($"{TeamsText.Escape(t.Label)}{(t.Correct ? " ✓" : string.Empty)}", $"{Wording.Votes(t.Count)} · {TeamsText.Escape(t.Text)}"))),
            Text(Wording.Answers(reveal.AnswerCount) + ".", subtle: true),
        };
        if (reveal.CorrectNames.Count > 0)
        {
            body.Add(Text("Got it right: " + string.Join(", ", reveal.CorrectNames.Take(20).Select(TeamsText.Escape)) + (reveal.CorrectNames.Count > 20 ? $" and {reveal.CorrectNames.Count - 20} more" : string.Empty)));
        }

        if (reveal.TopThisWeek.Count > 0)
        {
            body.Add(Text("This week", weight: "Bolder", separator: true));
            body.Add(Facts(reveal.TopThisWeek.Select(r => ($"#{r.Rank} {TeamsText.Escape(r.Name)}", Wording.Points(r.Points)))));
        }

        return Card(body);
    }

    public static JsonObject Leaderboard(LeaderboardView board) => Card(BoardBody(board));


    public static JsonObject Stats(StatsView stats)
    {
        var body = new List<JsonNode?>
        {
            Text($"Stats: {TeamsText.Escape(stats.Name)}", weight: "Bolder", size: "Medium"),
            Facts(
            [
                ("Answered", stats.Answered.ToString(CultureInfo.InvariantCulture)),
                ("Accuracy", stats.Answered == 0 ? "none yet" : Wording.Percent((double)stats.Correct / stats.Answered)),
                ("Points", stats.Points.ToString(CultureInfo.InvariantCulture)),
                ("Streak", $"{Wording.Count(stats.CurrentStreak, "day", "days")} (longest {stats.LongestStreak})"),
                ("This week", stats.AnsweredThisWeek.ToString(CultureInfo.InvariantCulture)),
                ("On boards", stats.HiddenFromBoards
                    ? $"hidden ({TeamsText.Render(Engine.Presentation.Text.Of(CommandRef.Of(CommandNames.Stats, (CommandNames.Privacy, "show"))))} shows you again)"
                    : "visible"),
            ]),
        };
        foreach (var exam in stats.Exams)
        {
            body.Add(Text($"{TeamsText.Escape(exam.Heading)} — {exam.Answered} answered", weight: "Bolder", separator: true));

            // One line per domain, name then figure: a FactSet per exam would misalign the columns and wrap long names.
            body.Add(Text(string.Join("\n", exam.Domains.Where(d => d.Answered > 0).Select(d =>
                $"- {TeamsText.Escape(d.Name)}: **{Wording.Percent(d.Accuracy)}** of {d.Answered}"))));
            body.Add(Text(exam.Readiness is { } r
                ? $"Readiness {r}/1000 (pass mark {exam.PassMark})."
                : exam.ReadinessPending!));
            if (exam.Weakest is { } weakest)
            {
                var practice = CommandRef.Of(CommandNames.Quiz, (CommandNames.Exam, exam.Exam), (CommandNames.Domain, weakest.Domain.ToString(CultureInfo.InvariantCulture)));
                body.Add(Text(TeamsText.Render(Engine.Presentation.Text.Of($"Weakest: {weakest.Name}; practise it with ", practice, "."))));
            }
        }

        foreach (var note in stats.NoteList)
        {
            body.Add(Text(TeamsText.Render(note), subtle: true));
        }

        if (stats.Exams.Count == 0)
        {
            body.Add(Text(TeamsText.Render(Engine.Presentation.Text.Of("No answers yet. Try ", CommandRef.Of(CommandNames.Quiz), " or today's ", CommandRef.Of(CommandNames.Daily), " question."))));
        }

        if (stats.Review is { } review)
        {
            body.Add(Text(TeamsText.Render(review), separator: true));
        }

        if (stats.Mock is { } mock)
        {
            body.Add(Text(TeamsText.Render(mock), separator: true));
        }

        return Card(body);
    }

    public static JsonObject Digest(DigestView digest)
    {
        var body = new List<JsonNode?>(BoardBody(digest.Board))
        {
            Text(digest.Participation, separator: true),
        };
        if (digest.Weakest is { } weakest)
        {
            body.Add(Text($"Weakest domain{(digest.WeakestExam is { } e ? $" in {e}" : string.Empty)}: {TeamsText.Escape(weakest.Name)} ({Wording.Percent(weakest.Accuracy)})."));
        }

        if (digest.SuggestedQuiz is { } suggested)
        {
            body.Add(Text($"Practise it: {TeamsText.Render(Engine.Presentation.Text.Of(suggested))}"));
        }

        if (digest.Review is { } review)
        {
            body.Add(Text(TeamsText.Render(review)));
        }

        if (digest.Mock is { } mock)
        {
            body.Add(Text(TeamsText.Render(mock)));
        }

        if (digest.ChartPng is { Length: > 0 } png)
        {
            body.Add(Image("data:image/png;base64," + Convert.ToBase64String(png), "Accuracy per domain"));
        }

        return Card(body);
    }

    /// <summary>The welcome where the bot was installed: a channel hears about the daily question, a personal chat does not.</summary>
    public static JsonObject Welcome(WelcomeView welcome)
    {
        var actions = welcome.Actions.Select(TeamsButtons.Run).ToList();
        if (welcome.OfferSetupForm)
        {
            actions.Add(Execute("Set up the daily question", CardVerbs.Setup, new JsonObject { ["form"] = "true" }));
        }

        return Card(
        [
            Text("StudyBot is here 👋", weight: "Bolder", size: "Medium"),
            Text(TeamsText.Render(welcome.Intro)),
            welcome.Setup is { } setup ? Text(TeamsCardCommands.Bold(TeamsText.Render(setup), welcome.Place == PlaceKind.Channel ? "@StudyBot " : null), separator: true) : null,
            welcome.Place == PlaceKind.Channel ? Text("In a channel, mention me before a command: @StudyBot quiz.", subtle: true) : null,
            ActionSet(actions),
        ]);
    }

    /// <summary>The setup form filled in with the channel's settings; <paramref name="zone"/> is the team's before it is set up.</summary>
    public static JsonObject Setup(Channel channel, ExamCatalog exams, string? zone = null) =>
        TeamsSetupForm.Card(SetupFormInput.From(channel, zone ?? channel.TimeZone), exams, channel, []);

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
        var options = target.Options.Select(o => o.Required ? Placeholder(o) : $"[{Placeholder(o)}]");
        return string.Join(' ', new[] { command.Name, sub?.Name }.Where(p => p is not null).Concat(options));
    }

    /// <summary>What a value looks like as members type it in Teams (values are positional there, not named).</summary>
    private static string Placeholder(CommandOption option) => option.Type switch
    {
        OptionType.Member => "@member",
        OptionType.Choice when option.Choices is { Count: > 0 } choices => string.Join("|", choices.Select(c => c.Value)),
        OptionType.TimeOfDay => "HH:MM",
        OptionType.TimeZone => "time-zone",
        OptionType.Minutes => "reveal-after (480 or 8h)",
        _ => option.Name.Replace('_', '-'),
    };

    /// <param name="inputs">False for a view without answer inputs although the question is open (a member who answered).</param>
    internal static IEnumerable<JsonNode?> QuestionBody(RoundView round, string? note, bool inputs = true)
    {
        var header = round.Kind == RoundKind.Daily
            ? $"Daily question · {TeamsText.Escape(round.ExamLabel)}"
            : $"Question {round.QuizPosition} of {round.QuizCount} · {TeamsText.Escape(round.ExamLabel)}";
        yield return Text(header, weight: "Bolder", size: "Medium");
        yield return Text(TeamsText.Escape(round.Prompt));
        var hint = round.Type switch
        {
            QuestionType.Multiple when !Wording.SaysHowManyToPick(round.Prompt) => $"Choose {round.PickCount}.",
            QuestionType.Ordering => "Put the steps in order.",
            QuestionType.Matching => "Match each item to one choice.",
            _ => null,
        };
        if (hint is not null)
        {
            yield return Text(hint, subtle: true);
        }

        if (round.Closed && round.Items.Count > 0)
        {
            yield return AnswerCards.ItemFacts(round);
        }

        // Each choice is shown once and in full: in the body for single answers (short lettered buttons below) and closed
        // questions; as the check boxes themselves for multiple answers. A phone clips button titles, never body text.
        if (round.Type == QuestionType.Single || round.Closed || !inputs)
        {
            foreach (var choice in round.Choices)
            {
                yield return ChoiceLine(choice);
            }
        }
        else if (round.Type is QuestionType.Ordering or QuestionType.Matching)
        {
            yield return Facts(round.Choices.Select(c => (c.Label, TeamsText.Escape(c.Text))));
        }

        if (round.Kind == RoundKind.Daily)
        {
            yield return Text(round.Closed
                ? $"Closed · {Wording.Answers(round.AnswerCount)}"
                : $"{Wording.Answers(round.AnswerCount)} so far · answer revealed at {LocalTime.Describe(new TimePart(round.ClosesAt, round.Zone))}", subtle: true);
        }

        if (note is not null)
        {
            yield return Text(note, weight: "Bolder");
        }

        if (round.Closed || !inputs)
        {
            yield break;
        }

        var id = round.RoundId.ToString(CultureInfo.InvariantCulture);
        switch (round.Type)
        {
            case QuestionType.Single:
                yield return ActionSet(round.Choices.Select(c =>
                    Execute(c.Label, CardVerbs.Answer, new JsonObject { ["roundId"] = id, [CardVerbs.ChoiceInput] = c.Label })));
                break;
            case QuestionType.Multiple:
                yield return Wrapped(ChoiceSet(CardVerbs.ChoiceInput, null, round.Choices.Select(c => ($"{c.Label}. {c.Text}", c.Label)), multi: true, errorMessage: $"Choose {round.PickCount} before you submit."));
                yield return ActionSet([Execute("Submit", CardVerbs.Answer, new JsonObject { ["roundId"] = id }, style: "positive")]);
                break;
            default:
                yield return AnswerCards.Area(round, AnswerDraft.Start(round));
                break;
        }
    }

    /// <summary>One choice in full: its letter in bold, then its text.</summary>
    private static JsonObject ChoiceLine(ChoiceView choice) => Text($"**{choice.Label}.** {TeamsText.Escape(choice.Text)}");

    /// <summary>Choice titles wrap instead of being cut to one line.</summary>
    private static JsonObject Wrapped(JsonObject choiceSet)
    {
        choiceSet["wrap"] = true;
        return choiceSet;
    }

    private static IEnumerable<JsonNode?> ResultBody(AnswerResultView result)
    {
        if (result.Correct == false)
        {
            // A short verdict in colour, then what was chosen and the key in normal weight: no wall of bold red.
            yield return Text(Mark(result) + "Not quite", weight: "Bolder", size: "Medium", color: "Attention");
            yield return Text(TeamsText.Render(result.Message));
        }
        else
        {
            yield return Text(Mark(result) + TeamsText.Render(result.Message), weight: "Bolder", size: "Medium", color: result.Correct == true ? "Good" : null);
        }

        if (result.Reveal && result.Explanation is { Length: > 0 } explanation)
        {
            yield return Text(TeamsText.Escape(explanation));
        }
    }

    private static IEnumerable<JsonNode?> SummaryBody(QuizSummaryView summary, bool explainedLast = false)
    {
        yield return Text($"Quiz done: {summary.Correct}/{summary.Total} correct, {summary.Points}/{Wording.Points(summary.MaxPoints)} in {FormatDuration(summary.Duration)}.",
            weight: "Bolder", separator: true);
        if (summary.Missed.Count > 0)
        {
            yield return Text("To review", weight: "Bolder");
        }

        var shown = summary.Missed.Take(10).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            var missed = shown[i];
            var last = i == summary.Missed.Count - 1;
            yield return Text(TeamsText.Escape(missed.Prompt), separator: i > 0);
            yield return Text($"Answer: **{TeamsText.Escape(missed.CorrectText)}**");
            if (!(last && explainedLast))
            {
                yield return Text(TeamsText.Escape(missed.Explanation));
            }
        }

        yield return ActionSet([Execute("Another quiz", CardVerbs.Quiz, new JsonObject()), Execute("Leaderboard", CardVerbs.Leaderboard, new JsonObject())]);
    }

    private static IEnumerable<JsonNode?> BoardBody(LeaderboardView board)
    {
        yield return Text(TeamsText.Escape(board.Title), weight: "Bolder", size: "Medium");
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

        if (board.Participants > 0)
        {
            yield return Text(board.Truncated ? $"Top {board.Rows.Count} of {board.Participants} taking part." : $"{board.Participants} taking part.", subtle: true);
        }
    }

    private static (string, string) Row(LeaderboardRowView r) =>
        ($"#{r.Rank} {TeamsText.Escape(r.Name)}", $"{Wording.Points(r.Points)} · {Wording.Percent(r.Accuracy)} of {r.Answered}{(r.CurrentStreak > 1 ? $" · 🔥{r.CurrentStreak}" : string.Empty)}");

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
