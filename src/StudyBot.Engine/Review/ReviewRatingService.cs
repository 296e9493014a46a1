namespace StudyBot.Engine.Review;

/// <summary>
/// After a right answer the member may say how it felt: Hard, Good (what a right answer counts as) or Easy. Only their own
/// answer, only once its verdict is shown (a daily question's after the reveal, so the buttons never tell early whether it
/// was right), never a wrong one; a repeated click changes nothing, and no click adds a review.
/// </summary>
public sealed class ReviewRatingService(AnswerService answers, QuizService quizzes, ReviewService reviews)
{
    public async Task<AnswerRatingResult> RateAsync(Actor actor, long roundId, ReviewRating rating, CancellationToken cancellationToken)
    {
        if (rating is not (ReviewRating.Hard or ReviewRating.Good or ReviewRating.Easy))
        {
            return AnswerRatingResult.Refused(Notice.Invalid("A right answer is rated hard, good or easy."));
        }

        var (view, answer) = await answers.ShowAsync(roundId, actor, cancellationToken);
        if (answer is null)
        {
            return AnswerRatingResult.Refused(Notice.Invalid(view.Message));
        }

        if (view.Rating is null)
        {
            return AnswerRatingResult.Refused(view.Correct == false
                ? Notice.Invalid("Only a right answer is rated: a wrong one counts as forgotten, and the card comes back soon.")
                : Notice.Invalid("You can say how it felt once the answer is revealed."));
        }

        var outcome = await reviews.RerateAsync(answer.MemberId, answer.Id, rating, cancellationToken);
        switch (outcome)
        {
            case RerateOutcome.NotReviewed:
                return AnswerRatingResult.Refused(Notice.Info("This answer no longer moves its card (a later review was imported), so it cannot be rated."));
            case RerateOutcome.Busy:
                return AnswerRatingResult.Refused(Notice.Info("Your card is being updated right now; click again in a moment."));
        }

        var shown = view with { Rating = rating };
        var step = answer.Kind == RoundKind.Quiz
            ? await quizzes.ContinueAsync(roundId, shown, answer.MemberId, cancellationToken)
            : new QuizStepView(shown, null, null);
        return new AnswerRatingResult(step, null, outcome == RerateOutcome.Changed);
    }
}
