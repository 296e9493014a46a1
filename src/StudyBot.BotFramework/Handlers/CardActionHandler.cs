using System.Globalization;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;

namespace StudyBot.BotFramework.Handlers;

/// <summary>
/// A click on one of our cards, whichever path it came by (Action.Execute invoke or Action.Submit message): answers,
/// the setup form, "another quiz", "leaderboard".
/// </summary>
internal sealed class CardActionHandler(
    CommandRouter router,
    QuizService quizzes,
    AnswerService answers,
    RoundCountRefresher refresher,
    FlagService flags)
{
    /// <summary>Labels a card's choices carry: a letter or two (A, B, … or 1, 2, …); more labels than a question has are not an answer.</summary>
    public const int MaxLabels = 26;

    public async Task<CardActionResult> HandleAsync(Activity activity, string? verb, CardData data, CancellationToken cancellationToken)
    {
        if (data.Problem is { } problem && verb is CardVerbs.Answer or CardVerbs.Setup)
        {
            // Nothing runs (and nothing is stored) for a click whose data the bot cannot read.
            return new CardActionResult(null, problem, true);
        }

        return verb switch
        {
            CardVerbs.Answer => await AnswerAsync(activity, data, cancellationToken),
            CardVerbs.Setup => await SetupAsync(activity, data, cancellationToken),
            CardVerbs.Quiz => await QuizAsync(activity, cancellationToken),
            CardVerbs.Leaderboard => await BoardAsync(activity, cancellationToken),
            FlagCards.Verb => await ReportAsync(activity, data, cancellationToken),
            _ => new CardActionResult(null, "That button is not one I know.", true),
        };
    }

    /// <summary>
    /// The chosen labels: <c>choice</c> ("A" or "A,C") or, for ordering, <c>pos1</c>, <c>pos2</c>, … in order; null when they
    /// cannot be labels (sent as a number, too many, not short words).
    /// </summary>
    public static IReadOnlyList<string>? Labels(CardData data)
    {
        List<string> labels;
        if (data.Has(CardVerbs.ChoiceInput))
        {
            if (data.Text(CardVerbs.ChoiceInput) is not { } choice)
            {
                return null;
            }

            labels = [.. choice.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }
        else
        {
            labels = [];
            for (var position = 1; position <= MaxLabels && data.Has(CardVerbs.PositionInputPrefix + position.ToString(CultureInfo.InvariantCulture)); position++)
            {
                if (data.Text(CardVerbs.PositionInputPrefix + position.ToString(CultureInfo.InvariantCulture)) is not { } label)
                {
                    return null;
                }

                labels.Add(label.Trim());
            }
        }

        return labels.Count <= MaxLabels && labels.All(l => l.Length is > 0 and <= 3 && l.All(char.IsAsciiLetterOrDigit)) ? labels : null;
    }

    private async Task<CardActionResult> AnswerAsync(Activity activity, CardData data, CancellationToken cancellationToken)
    {
        if (data.Id("roundId") is not { } roundId)
        {
            return new CardActionResult(null, "That answer came without its question.", true);
        }

        if (Labels(data) is not { } labels)
        {
            return new CardActionResult(null, "That answer is not one of the card's choices; pick one on the card.", true);
        }

        if (labels.Count == 0)
        {
            return new CardActionResult(null, "Pick an answer first.", true);
        }

        var actor = TeamsActors.From(activity);
        if (await quizzes.ItemAsync(roundId, cancellationToken) is not null)
        {
            var step = await quizzes.AnswerAsync(roundId, actor, labels, cancellationToken);
            return step.Result.Outcome is AnswerOutcome.Recorded or AnswerOutcome.AlreadyAnswered or AnswerOutcome.Closed
                ? new CardActionResult(FlagCards.WithReport(TeamsCards.Result(step.Result, step.Next, step.Summary), step.Result.RoundId), null)
                : new CardActionResult(null, TeamsText.Render(step.Result.Message), true);
        }

        var result = await answers.SubmitAsync(roundId, actor, labels, cancellationToken);
        if (result.Outcome == AnswerOutcome.Recorded)
        {
            refresher.Request(roundId);
        }

        return new CardActionResult(null, TeamsText.Render(result.Message), true);
    }

    private async Task<CardActionResult> SetupAsync(Activity activity, CardData data, CancellationToken cancellationToken)
    {
        var actor = TeamsActors.From(activity);
        CommandInvocation invocation;
        if (data.Has("form") || !data.Has("time"))
        {
            invocation = CommandParser.ParseText(CommandNames.Setup).Invocation!;
        }
        else
        {
            var options = new List<KeyValuePair<string, RawValue>>();
            void Add(string option, RawValue? value)
            {
                if (value is { } raw && !string.IsNullOrWhiteSpace(raw.Text))
                {
                    options.Add(KeyValuePair.Create(option, raw));
                }
            }

            Add(CommandNames.Time, data.Raw("time"));
            Add(CommandNames.TimeZone, data.Raw("zone"));
            Add(CommandNames.Days, data.Raw("days"));
            Add(CommandNames.Exam, data.Raw("exam"));
            Add(CommandNames.RevealAfter, data.Raw("reveal"));
            var parsed = CommandParser.Bind(CommandNames.Setup, CommandNames.SetupDaily, options);
            if (parsed.Invocation is null)
            {
                return new CardActionResult(null, TeamsResults.NoticeText(parsed.Error!), true);
            }

            invocation = parsed.Invocation;
        }

        return await RunAsync(actor, invocation, cancellationToken);
    }

    /// <summary>The "Report a problem" form of a card: the engine stores it once per member and question version.</summary>
    private async Task<CardActionResult> ReportAsync(Activity activity, CardData data, CancellationToken cancellationToken)
    {
        if (data.Id("roundId") is not { } roundId)
        {
            return new CardActionResult(null, "That report came without its question.", true);
        }

        var notice = await flags.ReportAsync(TeamsActors.From(activity), roundId, data.Text(FlagCards.ReasonInput), data.Text(FlagCards.TextInput), cancellationToken);
        return new CardActionResult(null, TeamsResults.NoticeText(notice), true);
    }

    private Task<CardActionResult> QuizAsync(Activity activity, CancellationToken cancellationToken) =>
        RunAsync(TeamsActors.From(activity), CommandParser.ParseText(CommandNames.Quiz).Invocation!, cancellationToken);

    private Task<CardActionResult> BoardAsync(Activity activity, CancellationToken cancellationToken) =>
        RunAsync(TeamsActors.From(activity), CommandParser.ParseText(CommandNames.Leaderboard).Invocation!, cancellationToken);

    private async Task<CardActionResult> RunAsync(Actor actor, CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var result = await router.RunAsync(actor, invocation, cancellationToken);
        if (result is NoticeResult { Notice: var notice })
        {
            return notice.Ok
                ? new CardActionResult(TeamsCards.Notice("✅ " + TeamsResults.NoticeText(notice)), null)
                : new CardActionResult(null, TeamsResults.NoticeText(notice), true);
        }

        var (card, text) = TeamsResults.Render(result);
        return new CardActionResult(card, text, result.Audience == Audience.Private);
    }
}
