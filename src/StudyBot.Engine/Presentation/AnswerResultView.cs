namespace StudyBot.Engine.Presentation;

/// <summary>
/// What a member is told after answering. For a daily round still open, <see cref="Reveal"/> is false and
/// neither correctness nor the answer key is shown. <see cref="Rating"/> is set when the member may say how a right answer
/// felt (Hard / Good / Easy): the rating its review has (Good unless they changed it), null for a wrong or unrevealed answer.
/// </summary>
public sealed record AnswerResultView(
    AnswerOutcome Outcome,
    Text Message,
    long RoundId,
    IReadOnlyList<string> ChosenLabels,
    bool Reveal,
    bool? Correct,
    int Points,
    IReadOnlyList<string> CorrectLabels,
    string? CorrectText,
    string? Explanation,
    ReviewRating? Rating = null);
