using System.Globalization;
using System.Text.Json;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;
using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Questions;
using StudyBot.Engine.Services;
using StudyBot.Engine.Views;

namespace StudyBot.BotFramework.Handlers;

/// <summary>
/// A click on one of our cards, whichever path it came by (Action.Execute invoke or Action.Submit message): answers,
/// the setup form, "another quiz", "leaderboard".
/// </summary>
internal sealed class CardActionHandler(
    IStudyStore store,
    QuizService quizzes,
    AnswerService answers,
    DailyRoundService daily,
    ChannelSetupService setup,
    QuestionBank bank,
    TeamsTurnContext turns,
    QuizCommandHandler quizCommand,
    LeaderboardCommandHandler leaderboardCommand)
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

        var round = await store.FindRoundAsync(roundId, cancellationToken);
        var member = TeamsTurnContext.Member(activity);
        if (round?.Kind == RoundKind.Quiz)
        {
            var step = await quizzes.AnswerAsync(roundId, member, labels, cancellationToken);
            return step.Result.Outcome is AnswerOutcome.Recorded or AnswerOutcome.AlreadyAnswered or AnswerOutcome.Closed
                ? new CardActionResult(TeamsCards.Result(step.Result, step.Next, step.Summary), null)
                : new CardActionResult(null, step.Result.Message, true);
        }

        var result = await answers.SubmitAsync(roundId, member, labels, cancellationToken);
        if (result.Outcome == AnswerOutcome.Recorded)
        {
            await daily.RefreshCountAsync(roundId, cancellationToken);
        }

        return new CardActionResult(null, result.Message, true);
    }

    private async Task<CardActionResult> SetupAsync(Activity activity, JsonElement data, CancellationToken cancellationToken)
    {
        var channel = await turns.ChannelAsync(activity, cancellationToken);
        var isAdmin = await turns.IsAdminAsync(channel, activity, cancellationToken);
        if (!isAdmin)
        {
            return new CardActionResult(null, ChannelSetupService.AdminsOnlyFor(Platform.Teams), true);
        }

        if (data.GetString("form") is not null || data.GetString("time") is null)
        {
            return new CardActionResult(TeamsCards.Setup(channel, bank.Exams), null);
        }

        int? reveal = int.TryParse(data.GetString("reveal"), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) ? minutes : null;
        var settings = new DailySettings(data.GetString("time") ?? string.Empty, data.GetString("zone") ?? string.Empty, data.GetString("days"), data.GetString("exam"), reveal);
        var notice = await setup.ConfigureDailyAsync(channel, isAdmin, settings, cancellationToken);
        return notice.Ok
            ? new CardActionResult(TeamsCards.Notice("✅ " + notice.Message), null)
            : new CardActionResult(null, notice.Message, true);
    }

    private async Task<CardActionResult> QuizAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (card, error) = await quizCommand.StartAsync(activity, [], cancellationToken);
        return card is null ? new CardActionResult(null, error, true) : new CardActionResult(card, null);
    }

    private async Task<CardActionResult> BoardAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (card, error) = await leaderboardCommand.BuildAsync(activity, [], cancellationToken);
        return new CardActionResult(card, error);
    }
}
