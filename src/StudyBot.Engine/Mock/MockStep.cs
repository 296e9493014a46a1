namespace StudyBot.Engine.Mock;

/// <summary>
/// A step in an attempt, taken from the question at <see cref="Position"/> (the one the member saw): the same step sent
/// twice does the same thing twice, so a repeated click changes nothing.
/// </summary>
public sealed record MockStep(long AttemptId, int Position, MockAction Action, IReadOnlyList<string>? Labels = null, int? Target = null);

public enum MockAction
{
    /// <summary>Show the question again (re-open a message whose interaction expired).</summary>
    Show,

    /// <summary>Answer the question (again: the last answer before the end counts) and go on to the next.</summary>
    Answer,

    /// <summary>Flag the question for review, or unflag it.</summary>
    Flag,

    /// <summary>Go on without answering.</summary>
    Next,

    Previous,

    /// <summary>Go to question <see cref="MockStep.Target"/>.</summary>
    GoTo,

    Submit,
}
