namespace StudyBot.Engine.Review;

/// <summary>
/// A Hard / Good / Easy click: the answer's step shown again with its rating now (<see cref="Step"/>, so the adapter can
/// update the message in place), or a refusal for the member only. <see cref="Changed"/> is false for a repeated click.
/// </summary>
public sealed record AnswerRatingResult(QuizStepView? Step, Notice? Refusal, bool Changed)
{
    public static AnswerRatingResult Refused(Notice notice) => new(null, notice, false);
}
