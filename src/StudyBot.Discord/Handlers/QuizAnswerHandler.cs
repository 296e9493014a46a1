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
        var labels = AnswerLabels.Read(context, customId);
        if (view is null || labels is null)
        {
            return InteractionResponse.Ephemeral(DiscordInteractionDispatcher.UnknownComponent);
        }
        if (view.Type == QuestionType.Ordering)
        {
            labels = AnswerLabels.CompleteOrder(view, labels);
            if (labels.Count < view.Choices.Count)
            {
                return new InteractionResponse(CallbackType.UpdateMessage, DiscordRenderer.Question(view, Kind, labels));
            }
        }

        var step = await quizzes.AnswerAsync(view.RoundId, context.Actor, labels, cancellationToken);
        return step.Result.Outcome is AnswerOutcome.Recorded or AnswerOutcome.AlreadyAnswered
            ? new InteractionResponse(CallbackType.UpdateMessage, FlagRendering.WithReport(DiscordRenderer.QuizStep(step), step.Result.RoundId))
            : InteractionResponse.Ephemeral(DiscordText.Render(step.Result.Message));
    }
}
