using StudyBot.Discord.Handlers;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Rendering;

/// <summary>
/// The Hard / Good / Easy row under a right answer: one click sets how it felt, the chosen one shows green. The row also
/// carries the "Report a problem" button once the key is shown.
/// </summary>
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

    /// <summary>
    /// The one row under an answer's result: Hard / Good / Easy when it can be rated (right and revealed), then "Report a
    /// problem" once the key is shown. Sharing a row keeps a quiz step (this row, the next question's rows) within Discord's
    /// five rows; none when there is nothing to offer.
    /// </summary>
    public static IReadOnlyList<DiscordComponent> Row(AnswerResultView result)
    {
        var buttons = result.Rating is { } current
            ? Buttons.Select(b => new DiscordComponent
            {
                Type = DiscordComponent.ButtonType,
                Style = b.Rating == current ? ButtonStyleSuccess : ButtonStyleSecondary,
                Label = b.Rating == current ? $"✓ {b.Label}" : b.Label,
                CustomId = new AnswerCustomId(AnswerCustomId.Rate, result.RoundId, b.Letter.ToString()).ToString(),
            }).ToList()
            : [];
        if (result.RoundId > 0 && result.CorrectLabels.Count > 0)
        {
            buttons.Add(FlagRendering.ReportButton(result.RoundId));
        }

        return buttons.Count == 0 ? [] : [DiscordComponent.Row(buttons)];
    }

    /// <summary>The rating a button's letter stands for; null for any other letter.</summary>
    public static ReviewRating? Parse(string letter) => Buttons.Where(b => letter.Length == 1 && b.Letter == letter[0]).Select(b => (ReviewRating?)b.Rating).FirstOrDefault();

    /// <summary>
    /// A daily answer's private reply: its words and, once revealed, the row (rating when right, report a problem). A quiz step has its own
    /// rendering (<see cref="DiscordRenderer.QuizStep"/>).
    /// </summary>
    public static DiscordMessage DailyReply(AnswerResultView result, string content) =>
        new() { Content = DiscordMessage.Fit(content), Components = Row(result) };
}
