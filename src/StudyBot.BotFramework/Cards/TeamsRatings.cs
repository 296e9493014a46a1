using System.Text.Json.Nodes;
using static StudyBot.BotFramework.Cards.CardElements;

namespace StudyBot.BotFramework.Cards;

/// <summary>The Hard / Good / Easy buttons under a right answer on a card; the chosen one is marked and shown as positive.</summary>
public static class TeamsRatings
{
    private static readonly (ReviewRating Rating, string Value, string Title)[] Buttons =
    [
        (ReviewRating.Hard, "hard", "Hard"),
        (ReviewRating.Good, "good", "Good"),
        (ReviewRating.Easy, "easy", "Easy"),
    ];

    /// <summary>The buttons for the result's round; null when the result cannot be rated (wrong, or not yet revealed).</summary>
    public static JsonObject? Actions(AnswerResultView result) => result.Rating is { } current ? Actions(result.RoundId, current) : null;

    /// <summary>The buttons for a round whose right answer is shown, <paramref name="current"/> marked.</summary>
    public static JsonObject Actions(long roundId, ReviewRating current) =>
        ActionSet(Buttons.Select(b => Execute(
            b.Rating == current ? $"✓ {b.Title}" : b.Title,
            CardVerbs.Rate,
            new JsonObject { ["roundId"] = roundId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["rating"] = b.Value },
            style: b.Rating == current ? "positive" : null)));

    /// <summary>The rating a button's value stands for; null for any other text.</summary>
    public static ReviewRating? Parse(string? value) =>
        Buttons.Where(b => string.Equals(b.Value, value, StringComparison.Ordinal)).Select(b => (ReviewRating?)b.Rating).FirstOrDefault();
}
