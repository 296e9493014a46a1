using StudyBot.Discord.Handlers;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Rendering;

/// <summary>The Hard / Good / Easy row under a right answer: one click sets how it felt, the chosen one shows green.</summary>
public static class DiscordRatings
{
    private const int ButtonStyleSecondary = 2;
    private const int ButtonStyleSuccess = 3;

    private static readonly (ReviewRating Rating, char Letter, string Label)[] Buttons =
    [
        (ReviewRating.Hard, 'H', "Hard"),
        (ReviewRating.Good, 'G', "Good"),
        (ReviewRating.Easy, 'E', "Easy"),
    ];

    /// <summary>The row for the result's round, or none when the result cannot be rated (wrong, or not yet revealed).</summary>
    public static IReadOnlyList<DiscordComponent> Row(AnswerResultView result) => result.Rating is { } current
        ?
        [
            DiscordComponent.Row([.. Buttons.Select(b => new DiscordComponent
            {
                Type = DiscordComponent.ButtonType,
                Style = b.Rating == current ? ButtonStyleSuccess : ButtonStyleSecondary,
                Label = b.Rating == current ? $"✓ {b.Label}" : b.Label,
                CustomId = new AnswerCustomId(AnswerCustomId.Rate, result.RoundId, b.Letter.ToString()).ToString(),
            })]),
        ]
        : [];

    /// <summary>The rating a button's letter stands for; null for any other letter.</summary>
    public static ReviewRating? Parse(string letter) => Buttons.Where(b => letter.Length == 1 && b.Letter == letter[0]).Select(b => (ReviewRating?)b.Rating).FirstOrDefault();

    /// <summary>
    /// A daily answer's private reply: its words and, once revealed and right, the rating row. A quiz step has its own
    /// rendering (<see cref="DiscordRenderer.QuizStep"/>).
    /// </summary>
    public static DiscordMessage DailyReply(AnswerResultView result, string content) =>
        new() { Content = DiscordMessage.Fit(content), Components = Row(result) };
}
