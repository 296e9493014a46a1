using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;

namespace StudyBot.Discord.Handlers;

/// <summary>A click on a quiz question: records it and updates the same message with the result and the next question.</summary>
public sealed class QuizAnswerHandler(QuizService quizzes) : IDiscordComponentHandler
{
    public string Kind => AnswerCustomId.Quiz;

    public async Task<InteractionResponse> HandleAsync(InteractionContext context, AnswerCustomId customId, CancellationToken cancellationToken)
    {
        var view = await quizzes.ItemAsync(customId.RoundId, cancellationToken);
        if (view is null)
        {
            return InteractionResponse.Ephemeral(DiscordInteractionDispatcher.UnknownComponent);
        }

        IReadOnlyList<string>? labels;
        if (AnswerDraft.IsBuilt(view.Type))
        {
            // An order or a matching is built in the quiz's own message; only the final submit reaches the engine.
            var click = BuilderClick.Handle(context, view, Kind, customId, showStatus: true);
            if (click?.Show is { } show)
            {
                return new InteractionResponse(CallbackType.UpdateMessage, show);
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

        var step = await quizzes.AnswerAsync(view.RoundId, context.Actor, labels, cancellationToken);
        return step.Result.Outcome is AnswerOutcome.Recorded or AnswerOutcome.AlreadyAnswered
            ? new InteractionResponse(CallbackType.UpdateMessage, DiscordRenderer.QuizStep(step))
            : InteractionResponse.Ephemeral(DiscordText.Render(step.Result.Message));
    }
}
