using StudyBot.Discord.Handlers;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Rendering;

/// <summary>
/// The buttons that build an order: the choices not placed yet, then "Undo last", "Start over" and "Submit". Each button
/// carries the order it leads to, so the member's order lives in the message until they submit it.
/// </summary>
public static class OrderingComponents
{
    /// <summary>For a member's own message; <paramref name="shared"/> is a channel's daily message, which only starts an order (in a message for the member).</summary>
    public static IReadOnlyList<DiscordComponent> Build(RoundView round, string kind, AnswerDraft draft, bool shared)
    {
        var rows = new List<DiscordComponent>();
        var next = (shared ? draft.Clear() : draft).Remaining
            .Select(c => BuilderButtons.Button(c.Label, new AnswerCustomId(kind, round.RoundId, draft.State + c.Label, BuilderSteps.Place), BuilderButtons.Secondary))
            .ToList();
        rows.AddRange(next.Chunk(BuilderButtons.MaxPerRow).Select(row => DiscordComponent.Row(row)));
        if (!shared)
        {
            rows.Add(DiscordComponent.Row(
            [
                BuilderButtons.Button("Undo last", new AnswerCustomId(kind, round.RoundId, draft.Undo().State, BuilderSteps.Undo), BuilderButtons.Secondary, disabled: draft.IsEmpty),
                BuilderButtons.StartOver(round, kind, draft),
                BuilderButtons.Submit(round, kind, draft),
            ]));
        }

        return rows;
    }
}

/// <summary>The buttons both builders share.</summary>
internal static class BuilderButtons
{
    public const int Primary = 1;
    public const int Secondary = 2;
    public const int Success = 3;
    public const int MaxPerRow = 5;

    public static DiscordComponent Button(string label, AnswerCustomId customId, int style, bool disabled = false) => new()
    {
        Type = DiscordComponent.ButtonType,
        Style = style,
        Label = label,
        CustomId = customId.ToString(),
        Disabled = disabled ? true : null,
    };

    public static DiscordComponent StartOver(RoundView round, string kind, AnswerDraft draft) =>
        Button("Start over", new AnswerCustomId(kind, round.RoundId, string.Empty, BuilderSteps.Reset), Secondary, disabled: draft.IsEmpty);

    public static DiscordComponent Submit(RoundView round, string kind, AnswerDraft draft) =>
        Button("Submit", new AnswerCustomId(kind, round.RoundId, draft.State, BuilderSteps.Submit), Success);
}
