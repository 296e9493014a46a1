using System.Globalization;
using System.Text.Json;
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
    RoundCountRefresher refresher)
{
    public async Task<CardActionResult> HandleAsync(Activity activity, string? verb, JsonElement data, CancellationToken cancellationToken) =>
        verb switch
        {
            CardVerbs.Answer => await AnswerAsync(activity, data, cancellationToken),
            CardVerbs.Setup => await SetupAsync(activity, data, cancellationToken),
            CardVerbs.Quiz => await QuizAsync(activity, cancellationToken),
            CardVerbs.Leaderboard => await BoardAsync(activity, cancellationToken),
            _ => new CardActionResult(null, "That button is not one I know.", true),
        };

    /// <summary>The chosen labels: <c>choice</c> ("A" or "A,C") or, for ordering, <c>pos1</c>, <c>pos2</c>, … in order.</summary>
    public static IReadOnlyList<string> Labels(JsonElement data)
    {
        if (data.GetString(CardVerbs.ChoiceInput) is { Length: > 0 } choice)
        {
            return choice.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        var labels = new List<string>();
        for (var position = 1; data.GetString(CardVerbs.PositionInputPrefix + position.ToString(CultureInfo.InvariantCulture)) is { } label; position++)
        {
            labels.Add(label.Trim());
        }

        return labels;
    }

    private async Task<CardActionResult> AnswerAsync(Activity activity, JsonElement data, CancellationToken cancellationToken)
    {
        if (!long.TryParse(data.GetString("roundId"), NumberStyles.None, CultureInfo.InvariantCulture, out var roundId))
        {
            return new CardActionResult(null, "That answer came without its question.", true);
        }

        var labels = Labels(data);
        if (labels.Count == 0)
        {
            return new CardActionResult(null, "Pick an answer first.", true);
        }

        var actor = TeamsActors.From(activity);
        if (await quizzes.ItemAsync(roundId, cancellationToken) is not null)
        {
            var step = await quizzes.AnswerAsync(roundId, actor, labels, cancellationToken);
            return step.Result.Outcome is AnswerOutcome.Recorded or AnswerOutcome.AlreadyAnswered or AnswerOutcome.Closed
                ? new CardActionResult(TeamsCards.Result(step.Result, step.Next, step.Summary), null)
                : new CardActionResult(null, TeamsText.Render(step.Result.Message), true);
        }

        var result = await answers.SubmitAsync(roundId, actor, labels, cancellationToken);
        if (result.Outcome == AnswerOutcome.Recorded)
        {
            refresher.Request(roundId);
        }

        return new CardActionResult(null, TeamsText.Render(result.Message), true);
    }

    private async Task<CardActionResult> SetupAsync(Activity activity, JsonElement data, CancellationToken cancellationToken)
    {
        var actor = TeamsActors.From(activity);
        CommandInvocation invocation;
        if (data.ValueKind != JsonValueKind.Object || data.GetString("form") is not null || data.GetString("time") is null)
        {
            invocation = CommandParser.ParseText(CommandNames.Setup).Invocation!;
        }
        else
        {
            var options = new List<KeyValuePair<string, RawValue>>();
            void Add(string option, string? value)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    options.Add(KeyValuePair.Create(option, new RawValue(RawKind.String, value)));
                }
            }

            Add(CommandNames.Time, data.GetString("time"));
            Add(CommandNames.TimeZone, data.GetString("zone"));
            Add(CommandNames.Days, data.GetString("days"));
            Add(CommandNames.Exam, data.GetString("exam"));
            Add(CommandNames.RevealAfter, data.GetString("reveal"));
            var parsed = CommandParser.Bind(CommandNames.Setup, CommandNames.SetupDaily, options);
            if (parsed.Invocation is null)
            {
                return new CardActionResult(null, TeamsResults.NoticeText(parsed.Error!), true);
            }

            invocation = parsed.Invocation;
        }

        return await RunAsync(actor, invocation, cancellationToken);
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
