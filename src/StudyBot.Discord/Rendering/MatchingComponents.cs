using System.Globalization;
using System.Text;
using StudyBot.Discord.Handlers;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Rendering;

/// <summary>
/// A matching question on Discord: one select menu per item (its choices A, B, … with the member's pick shown as chosen),
/// then a row with "Start over" and "Submit". A message holds five rows, so at most four items' menus are shown at once and
/// a fifth item is on a second page ("Items 5–5"). Every component carries the matches so far, so they live in the message
/// until the member submits them; nothing is stored before.
/// </summary>
public static class MatchingComponents
{
    /// <summary>Select menus per message, leaving the fifth row for the buttons.</summary>
    public const int ItemsPerPage = 4;

    public static int Pages(RoundView round) => Math.Max(1, (round.Items.Count + ItemsPerPage - 1) / ItemsPerPage);

    /// <summary>The page that shows item <paramref name="item"/>.</summary>
    public static int PageOf(int item) => Math.Max(1, (item + ItemsPerPage - 1) / ItemsPerPage);

    /// <summary>The items as the message body lists them, full text, before the choices: "**1.** …".</summary>
    public static string ItemLines(RoundView round)
    {
        if (round.Items.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var item in round.Items)
        {
            text.Append(CultureInfo.InvariantCulture, $"**{item.Number}.** {DiscordText.Escape(item.Text)}\n");
        }

        return text.Append('\n').ToString();
    }

    /// <summary>For a member's own message, page <paramref name="page"/>; <paramref name="shared"/> is a channel's daily message, which only opens the member's own.</summary>
    public static IReadOnlyList<DiscordComponent> Build(RoundView round, string kind, AnswerDraft draft, int page, bool shared)
    {
        if (shared)
        {
            return [DiscordComponent.Row([BuilderButtons.Button("Match the items", new AnswerCustomId(kind, round.RoundId, string.Empty, BuilderSteps.Page(1)), BuilderButtons.Primary)])];
        }

        var pages = Pages(round);
        page = Math.Clamp(page, 1, pages);
        var rows = round.Items.Skip((page - 1) * ItemsPerPage).Take(ItemsPerPage).Select(item => DiscordComponent.Row(
        [
            new DiscordComponent
            {
                Type = DiscordComponent.StringSelectType,
                CustomId = new AnswerCustomId(kind, round.RoundId, draft.State, BuilderSteps.Match(item.Number)).ToString(),
                Placeholder = DiscordRenderer.Clip($"{item.Number}. {item.Text}", 150),
                MinValues = 1,
                MaxValues = 1,
                // Each option names its item, so a menu still says which item it is for once a pick replaces its placeholder.
                Options = round.Choices.Select(c => new SelectOption(DiscordRenderer.Clip($"{item.Number} → {c.Label}. {c.Text}", 100), c.Label, Default: draft.PickFor(item.Number) == c.Label ? true : null)).ToList(),
            },
        ])).ToList();

        var buttons = new List<DiscordComponent>();
        if (pages > 1)
        {
            var other = page == pages ? 1 : page + 1;
            var first = (other - 1) * ItemsPerPage + 1;
            var last = Math.Min(other * ItemsPerPage, round.Items.Count);
            buttons.Add(BuilderButtons.Button(first == last ? $"Item {first}" : $"Items {first}–{last}", new AnswerCustomId(kind, round.RoundId, draft.State, BuilderSteps.Page(other)), BuilderButtons.Secondary));
        }

        buttons.Add(BuilderButtons.StartOver(round, kind, draft));
        buttons.Add(BuilderButtons.Submit(round, kind, draft));
        rows.Add(DiscordComponent.Row(buttons));
        return rows;
    }
}
