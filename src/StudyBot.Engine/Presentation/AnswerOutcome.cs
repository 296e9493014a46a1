namespace StudyBot.Engine.Presentation;

public enum AnswerOutcome
{
    /// <summary>The answer was recorded now.</summary>
    Recorded,

    /// <summary>The member had answered before; the first answer stands.</summary>
    AlreadyAnswered,

    /// <summary>The round is closed; nothing was recorded.</summary>
    Closed,

    /// <summary>The choice does not fit the question; nothing was recorded.</summary>
    Invalid,

    /// <summary>No such round, or not this member's.</summary>
    NotFound,
}
