namespace StudyBot.BotFramework.Cards;

/// <summary>The verbs card actions carry; the same for Action.Execute and its Action.Submit fallback.</summary>
public static class CardVerbs
{
    public const string Answer = "answer";
    public const string Setup = "setup";
    public const string Quiz = "quiz";
    public const string Leaderboard = "leaderboard";

    /// <summary>Hard / Good / Easy under a right answer (data: <c>roundId</c>, <c>rating</c>).</summary>
    public const string Rate = "rate";

    /// <summary>Input id of a single or multiple choice set.</summary>
    public const string ChoiceInput = "choice";

    /// <summary>Prefix of the per-position inputs of an ordering question: <c>pos1</c>, <c>pos2</c>, …</summary>
    public const string PositionInputPrefix = "pos";
}
