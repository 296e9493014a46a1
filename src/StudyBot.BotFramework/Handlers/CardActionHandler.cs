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
    RoundViewService views,
    DailyMemberViewService memberViews,
    DailyCardViewers viewers,
    ReviewRatingService ratings,
    RoundCountRefresher refresher,
    QuestionBank bank,
    MockCardHandler mocks,
    FlagService flags)
{
    /// <summary>Labels a card's choices carry: a letter or two (A, B, … or 1, 2, …); more labels than a question has are not an answer.</summary>
    public const int MaxLabels = 26;

    public async Task<CardActionResult> HandleAsync(Activity activity, string? verb, CardData data, CancellationToken cancellationToken)
    {
        if (data.Problem is { } problem && verb is CardVerbs.Answer or CardVerbs.Setup or CardVerbs.Order or CardVerbs.Rate)
        {
            // Nothing runs (and nothing is stored) for a click whose data the bot cannot read.
            return new CardActionResult(null, problem, true);
        }

        return verb switch
        {
            CardVerbs.Answer => await AnswerAsync(activity, data, cancellationToken),
            CardVerbs.Order => await OrderAsync(data, cancellationToken),
            CardVerbs.Setup => await SetupAsync(activity, data, cancellationToken),
            CardVerbs.Quiz => await StartAsync(activity, CommandNames.Quiz, cancellationToken),
            CardVerbs.Leaderboard => await StartAsync(activity, CommandNames.Leaderboard, cancellationToken),
            CardVerbs.Run => await StartAsync(activity, data.Text("command"), cancellationToken),
            CardVerbs.Refresh => await RefreshAsync(activity, data, cancellationToken),
            CardVerbs.Mock => await mocks.HandleAsync(activity, data, cancellationToken),
            CardVerbs.Rate => await RateAsync(activity, data, cancellationToken),
            FlagCards.Verb => await ReportAsync(activity, data, cancellationToken),
            _ => new CardActionResult(null, "That button is not one I know.", true),
        };
    }

    /// <summary>
    /// The chosen labels: <c>choice</c> ("A" or "A,C"), for ordering the built <c>order</c> ("CAB"; <c>pos1</c>, <c>pos2</c>, …
    /// on cards posted before), for matching <c>item1</c>, <c>item2</c>, … one per item (empty where none was picked); null
    /// when they cannot be labels (sent as a number, too many, not short words).
    /// </summary>
    public static IReadOnlyList<string>? Labels(CardData data, int items = 0)
    {
        List<string> labels;
        if (items > 0)
        {
            labels = [];
            for (var item = 1; item <= Math.Min(items, MaxLabels); item++)
            {
                var name = CardVerbs.ItemInputPrefix + item.ToString(CultureInfo.InvariantCulture);
                if (data.Has(name) && data.Text(name) is null)
                {
                    return null;
                }

                labels.Add(data.Text(name)?.Trim().ToUpperInvariant() ?? string.Empty);
            }

            return labels.All(l => l.Length <= 3 && l.All(char.IsAsciiLetterOrDigit)) ? labels : null;
        }

        if (data.Has(CardVerbs.OrderField))
        {
            if (data.Text(CardVerbs.OrderField) is not { Length: <= MaxLabels } order || !order.All(char.IsAsciiLetter))
            {
                return null;
            }

            return order.Select(c => c.ToString()).ToList();
        }

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

        var view = await views.FindAsync(roundId, cancellationToken);
        if (Labels(data, view?.Type == QuestionType.Matching ? view.Items.Count : 0) is not { } labels)
        {
            return new CardActionResult(null, "That answer is not one of the card's choices; pick one on the card.", true);
        }

        // The grader's rules, checked before anything is sent: a refused answer shows the card again, for the member only,
        // with what they entered and what is missing. Nothing is stored.
        if (view is { Closed: false } && Grader.Validate(view.Type, view.Choices.Count, view.Items.Count, view.PickCount, labels) is { } problem)
        {
            var draft = view.Type == QuestionType.Ordering ? AnswerDraft.Parse(view, string.Concat(labels)) : null;
            return new CardActionResult(AnswerCards.Retry(view, draft, Entered(view, labels), problem), null, true);
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
        if (result.Outcome is AnswerOutcome.Recorded or AnswerOutcome.AlreadyAnswered)
        {
            // Teams asks again for this member's own view whenever the shared card changes (its count, its close).
            viewers.Add(roundId, activity.From?.Id);
        }

        if (result.Outcome == AnswerOutcome.Recorded)
        {
            refresher.Request(roundId);
        }

        // The member's own view of the card: their recorded answer, for them alone (the invoke's answer); the Action.Submit
        // path cannot show a card to one member, so it sends the message privately instead.
        var mine = result.Outcome is AnswerOutcome.Recorded or AnswerOutcome.AlreadyAnswered or AnswerOutcome.Closed
            && await memberViews.GetAsync(roundId, actor, cancellationToken) is { } memberView
                ? TeamsDailyCards.Mine(memberView, activity.From?.Id)
                : null;
        return new CardActionResult(mine, TeamsText.Render(result.Message), true, PerMember: mine is not null);
    }

    /// <summary>Teams asks for one member's view of a daily card (its <c>refresh</c>): theirs, never anyone else's.</summary>
    private async Task<CardActionResult> RefreshAsync(Activity activity, CardData data, CancellationToken cancellationToken)
    {
        if (data.Id("roundId") is not { } roundId || await memberViews.GetAsync(roundId, TeamsActors.From(activity), cancellationToken) is not { } view)
        {
            return new CardActionResult(null, "That question is no longer here.", true);
        }

        return new CardActionResult(TeamsDailyCards.Mine(view, activity.From?.Id), null, true, PerMember: true);
    }

    /// <summary>The card's inputs as the member filled them, to show again: the choice set, or one value per matching item.</summary>
    private static Dictionary<string, string> Entered(RoundView view, IReadOnlyList<string> labels) => view.Type switch
    {
        QuestionType.Matching => labels.Select((l, i) => (Id: CardVerbs.ItemInputPrefix + (i + 1).ToString(CultureInfo.InvariantCulture), Label: l))
            .ToDictionary(p => p.Id, p => p.Label, StringComparer.Ordinal),
        QuestionType.Multiple or QuestionType.Single => new(StringComparer.Ordinal) { [CardVerbs.ChoiceInput] = string.Join(',', labels) },
        _ => new(StringComparer.Ordinal),
    };

    /// <summary>A step while an order is built: the card again with the order the click carries, for the member only; nothing is stored.</summary>
    private async Task<CardActionResult> OrderAsync(CardData data, CancellationToken cancellationToken)
    {
        var view = data.Id("roundId") is { } roundId ? await views.FindAsync(roundId, cancellationToken) : null;
        if (view is null)
        {
            return new CardActionResult(null, "I can't find that question any more; start a new quiz or look at today's question.", true);
        }

        var draft = view.Type == QuestionType.Ordering ? AnswerDraft.Parse(view, data.Text(CardVerbs.OrderField)) : null;
        if (draft is null || view.Closed)
        {
            return view.Closed
                ? new CardActionResult(TeamsCards.Question(view), null, true)
                : new CardActionResult(null, "That order is not one this card offers; build it again from the card.", true);
        }

        return new CardActionResult(AnswerCards.Building(view, draft), null, true);
    }

    /// <summary>Hard / Good / Easy: the card is replaced by the same step showing the new rating; a refusal is private.</summary>
    private async Task<CardActionResult> RateAsync(Activity activity, CardData data, CancellationToken cancellationToken)
    {
        if (data.Id("roundId") is not { } roundId || TeamsRatings.Parse(data.Text("rating")) is not { } rating)
        {
            return new CardActionResult(null, "That rating button is not one I know; rate from the card.", true);
        }

        var actor = TeamsActors.From(activity);
        var result = await ratings.RateAsync(actor, roundId, rating, cancellationToken);
        if (result.Step is not { } step)
        {
            return new CardActionResult(null, TeamsResults.NoticeText(result.Refusal!), true);
        }

        // A daily question's buttons sit on the member's own view of the shared card: that view again, the rating marked.
        return await memberViews.GetAsync(roundId, actor, cancellationToken) is { } mine
            ? new CardActionResult(TeamsDailyCards.Mine(mine, activity.From?.Id, rating), null, true, PerMember: true)
            : new CardActionResult(TeamsCards.Result(step.Result, step.Next, step.Summary), null);
    }

    private async Task<CardActionResult> SetupAsync(Activity activity, CardData data, CancellationToken cancellationToken)
    {
        if (data.Has("form") || !data.Has("time"))
        {
            // Opening the form starts something new: it is posted, the card with the button stays.
            return await StartAsync(activity, CommandNames.Setup, cancellationToken);
        }

        // A form with a mistake comes back as it was filled in, each error naming its field; nothing is saved.
        var input = SetupFormInput.From(data);
        var (options, errors) = input.Check();
        var parsed = errors.Count == 0 ? CommandParser.Bind(CommandNames.Setup, CommandNames.SetupDaily, options) : null;
        if (parsed?.Invocation is not { } invocation)
        {
            IReadOnlyList<string> problems = parsed?.Error is { } error ? [TeamsResults.NoticeText(error)] : errors;
            return FormAgain(input, problems);
        }

        var result = await router.RunAsync(TeamsActors.From(activity), invocation, cancellationToken);
        if (result is NoticeResult { Notice: { Kind: NoticeKind.Invalid } invalid })
        {
            return FormAgain(input, [TeamsResults.NoticeText(invalid)]);
        }

        return Show(result);
    }

    private CardActionResult FormAgain(SetupFormInput input, IReadOnlyList<string> errors) =>
        new(TeamsSetupForm.Card(input, bank.Exams, null, errors), string.Join(" ", errors), true, PerMember: true);

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

    /// <summary>
    /// A button that starts something (a quiz, a board, the setup form, a command from help): its result is a new post; a
    /// refusal or a notice is only told to the member.
    /// </summary>
    private async Task<CardActionResult> StartAsync(Activity activity, string? command, CancellationToken cancellationToken)
    {
        if (command is not { Length: > 0 and <= MessageHandler.MaxCommandTextLength } || CommandParser.ParseText(command) is not { Invocation: { } invocation })
        {
            return new CardActionResult(null, "That button is not one I know.", true);
        }

        if ((invocation.Subcommand ?? invocation.Command).Slow)
        {
            // A slow command calls the platform itself and would hold the click's answer: our buttons carry none.
            return new CardActionResult(null, $"Type `{TeamsText.Syntax(new CommandRef(invocation.Name, invocation.SubcommandName))}` to run that.", true);
        }

        var result = await router.RunAsync(TeamsActors.From(activity), invocation, cancellationToken);
        return result is NoticeResult { Notice: var notice }
            ? new CardActionResult(null, TeamsResults.NoticeText(notice), true)
            : new CardActionResult(null, null, result.Audience == Audience.Private, Post: result);
    }

    private static CardActionResult Show(CommandResult result)
    {
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
