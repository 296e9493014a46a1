using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;

namespace StudyBot.Discord.Handlers;

/// <summary>
/// A click on the channel's question of the day: records the first answer and replies only to the clicker; the channel
/// message's count is refreshed in the background. Ordering and matching questions are built step by step in an ephemeral
/// message (<see cref="BuilderClick"/>).
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
        if (round is not { Kind: RoundKind.Daily })
        {
            return InteractionResponse.Ephemeral(DiscordInteractionDispatcher.UnknownComponent);
        }

        var inEphemeral = context.Interaction.Message?.IsEphemeral == true;
        var view = presenter.Present(round, 0, null);
        IReadOnlyList<string>? labels;
        if (AnswerDraft.IsBuilt(view.Type) && !view.Closed)
        {
            // The channel's message only starts the member's own (ephemeral) message, where the answer is built.
            var click = BuilderClick.Handle(context, view, Kind, customId, showStatus: false);
            if (click?.Show is { } placing)
            {
                return inEphemeral
                    ? new InteractionResponse(CallbackType.UpdateMessage, placing)
                    : new InteractionResponse(CallbackType.ChannelMessage, placing with { Flags = MessageFlags.Ephemeral });
            }

            labels = click?.Submit;
        }
        else
        {
            labels = AnswerLabels.Read(context, customId);
        }

        if (labels is null)
        {
            return InteractionResponse.Ephemeral(DiscordInteractionDispatcher.UnknownComponent);
        }

        var result = await answers.SubmitAsync(round, context.Actor, labels, cancellationToken);
        if (result.Outcome == AnswerOutcome.Recorded)
        {
            refresher.Request(round.Id);
        }

        var said = DiscordText.Render(result.Message);
        var message = result.Outcome == AnswerOutcome.Closed && result.Explanation is { } why ? $"{said}\n> {why}" : said;
        // Once the key is shown (the round closed), the reply's row offers to report a problem with it, next to the rating.
        var reply = DiscordRatings.DailyReply(result, message);
        return inEphemeral
            ? new InteractionResponse(CallbackType.UpdateMessage, reply)
            : new InteractionResponse(CallbackType.ChannelMessage, reply with { Flags = MessageFlags.Ephemeral });
    }
}
