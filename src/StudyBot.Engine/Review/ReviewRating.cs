namespace StudyBot.Engine.Review;

/// <summary>How a review went: a wrong answer is <see cref="Again"/>; a right one is <see cref="Good"/> unless the member says otherwise.</summary>
public enum ReviewRating
{
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

/// <summary>Where a card is in its life (the numbering FSRS tools use, so an export reads the same elsewhere).</summary>
public enum ReviewCardState
{
    New = 0,
    Learning = 1,
    Review = 2,
    Relearning = 3,
}
