namespace StudyBot.Engine.Review;

/// <summary>What changing the rating of an answer's review did.</summary>
public enum RerateOutcome
{
    /// <summary>The review has the new rating and the card was recomputed from its log.</summary>
    Changed,

    /// <summary>The review had that rating already: nothing was written.</summary>
    Unchanged,

    /// <summary>The answer made no review that can be rated (a wrong answer, or a card an imported later review moved on).</summary>
    NotReviewed,

    /// <summary>Other writes to the card kept coming first; nothing was written.</summary>
    Busy,
}
