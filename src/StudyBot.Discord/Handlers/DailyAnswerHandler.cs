using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;

namespace StudyBot.Discord.Handlers;

/// <summary>
/// A click on the channel's question of the day: records the first answer and replies only to the clicker; the channel
/// message's count is refreshed in the background. Ordering questions are placed step by step in an ephemeral message.
/// </summary>
public sealed class DailyAnswerHandler(
    AnswerService answers,
    RoundPresenter presenter,
    RoundCountRefresher refresher) : IDiscordComponentHandler
{
    public string Kind => AnswerCustomId.Daily;

    public async Task<InteractionResponse> HandleAsync(InteractionContext context, AnswerCustomId customId, CancellationToken cancellationToken)
    {
        var round = await answers.FindRoundAsync(customId.RoundId, cancellationToken);
        var labels = AnswerLabels.Read(context, customId);
        if (round is not { Kind: RoundKind.Daily } || labels is null)
        {
            return InteractionResponse.Ephemeral(DiscordInteractionDispatcher.UnknownComponent);
        }

        var inEphemeral = context.Interaction.Message?.IsEphemeral == true;
        var view = presenter.Present(round, 0, null);
        if (view.Type == QuestionType.Ordering && !view.Closed)
        {
            labels = AnswerLabels.CompleteOrder(view, labels);
            if (labels.Count < view.Choices.Count)
            {
                var placing = DiscordRenderer.Question(view, Kind, labels, showStatus: false);
                return inEphemeral
                    ? new InteractionResponse(CallbackType.UpdateMessage, placing)
                    : new InteractionResponse(CallbackType.ChannelMessage, placing with { Flags = MessageFlags.Ephemeral });
            }
        }

        var result = await answers.SubmitAsync(round, context.Actor, labels, cancellationToken);
        if (result.Outcome == AnswerOutcome.Recorded)
        {
            refresher.Request(round.Id);
        }

        var said = DiscordText.Render(result.Message);
        var message = result.Outcome == AnswerOutcome.Closed && result.Explanation is { } why ? $"{said}\n> {why}" : said;
        // Once the key is shown (the round closed), the reply offers to report a problem with it.
        var reply = new DiscordMessage { Content = DiscordMessage.Fit(message), Components = result.CorrectLabels.Count > 0 ? [FlagRendering.ReportRow(round.Id)] : [] };
        return inEphemeral
            ? new InteractionResponse(CallbackType.UpdateMessage, reply)
            : new InteractionResponse(CallbackType.ChannelMessage, reply with { Flags = MessageFlags.Ephemeral });
    }
}
