namespace StudyBot.BotFramework.Cards;

/// <summary>The verbs card actions carry; the same for Action.Execute and its Action.Submit fallback.</summary>
public static class CardVerbs
{
    public const string Answer = "answer";
    public const string Setup = "setup";
    public const string Quiz = "quiz";
    public const string Leaderboard = "leaderboard";
    public const string Mock = "mock";

    /// <summary>A step while an order is built (place, undo, start over): shows the order the data carries; stores nothing.</summary>
    public const string Order = "order";

    /// <summary>Data field of the ordering builder: the order so far as labels, e.g. <c>CA</c>.</summary>
    public const string OrderField = "order";

    /// <summary>Prefix of the per-item inputs of a matching question: <c>item1</c>, <c>item2</c>, …</summary>
    public const string ItemInputPrefix = "item";

    /// <summary>Teams asks for one member's view of a card (the card's <c>refresh</c> action).</summary>
    public const string Refresh = "refresh";

    /// <summary>A button that runs a command (<c>command</c>: the text a member would type, e.g. <c>quiz</c>).</summary>
    public const string Run = "run";

    /// <summary>Hard / Good / Easy under a right answer (data: <c>roundId</c>, <c>rating</c>).</summary>
    public const string Rate = "rate";

    /// <summary>Input id of a single or multiple choice set.</summary>
    public const string ChoiceInput = "choice";

    /// <summary>Prefix of the per-position inputs of an ordering question: <c>pos1</c>, <c>pos2</c>, …</summary>
    public const string PositionInputPrefix = "pos";
}
