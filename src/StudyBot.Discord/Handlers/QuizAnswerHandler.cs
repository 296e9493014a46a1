using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;
using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Questions;
using StudyBot.Engine.Services;
using StudyBot.Engine.Views;

namespace StudyBot.Discord.Handlers;

/// <summary>A click on a quiz question: records it and updates the same message with the result and the next question.</summary>
public sealed class QuizAnswerHandler(QuizService quizzes, IStudyStore store, RoundPresenter presenter) : IDiscordComponentHandler
{
    public string Kind => AnswerCustomId.Quiz;

    public async Task<InteractionResponse> HandleAsync(InteractionContext context, AnswerCustomId customId, CancellationToken cancellationToken)
    {
        var round = await store.FindRoundAsync(customId.RoundId, cancellationToken);
        var labels = AnswerLabels.Read(context, customId);
        if (round is not { Kind: RoundKind.Quiz, QuizId: { } quizId } || labels is null)
        {
            return InteractionResponse.Ephemeral(DiscordInteractionDispatcher.UnknownComponent);
        }

        var quiz = await store.FindQuizAsync(quizId, cancellationToken);
        var view = presenter.Present(round, 0, null, quiz?.QuestionIdList.Count);
        if (view.Type == QuestionType.Ordering)
        {
            labels = AnswerLabels.CompleteOrder(view, labels);
            if (labels.Count < view.Choices.Count)
            {
                return new InteractionResponse(CallbackType.UpdateMessage, DiscordRenderer.Question(view, Kind, labels));
            }
        }

        var step = await quizzes.AnswerAsync(round.Id, context.Invoker, labels, cancellationToken);
        return step.Result.Outcome is AnswerOutcome.Recorded or AnswerOutcome.AlreadyAnswered
            ? new InteractionResponse(CallbackType.UpdateMessage, DiscordRenderer.QuizStep(step))
            : InteractionResponse.Ephemeral(step.Result.Message);
    }
}
