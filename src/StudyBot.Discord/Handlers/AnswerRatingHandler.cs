using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;

namespace StudyBot.Discord.Handlers;

/// <summary>
/// A click on Hard / Good / Easy under a right answer: the engine changes that answer's review, and the message the button
/// sits on is updated in place (type 7) with the new rating; a refusal is a private note, the message stays as it was.
/// </summary>
public sealed class AnswerRatingHandler(ReviewRatingService ratings) : IDiscordComponentHandler
{
    public string Kind => AnswerCustomId.Rate;

    public async Task<InteractionResponse> HandleAsync(InteractionContext context, AnswerCustomId customId, CancellationToken cancellationToken)
    {
        if (DiscordRatings.Parse(customId.Labels) is not { } rating)
        {
            return InteractionResponse.Ephemeral(DiscordInteractionDispatcher.UnknownComponent);
        }

        var result = await ratings.RateAsync(context.Actor, customId.RoundId, rating, cancellationToken);
        if (result.Step is not { } step)
        {
            return InteractionResponse.Ephemeral(DiscordRenderer.Notice(result.Refusal!));
        }

        // A quiz step shows the next question again (or the summary); a daily answer, its verdict with the explanation.
        var message = DiscordRenderer.QuizStep(step);
        return new InteractionResponse(CallbackType.UpdateMessage, message);
    }
}
