using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Handlers;

/// <summary>Reads the labels a click chose: the select menu's values or the labels in the custom id.</summary>
internal static class AnswerLabels
{
    public static IReadOnlyList<string>? Read(InteractionContext context, AnswerCustomId customId)
    {
        if (context.Interaction.Data?.ComponentType == DiscordComponent.StringSelectType)
        {
            var values = context.Interaction.Data.Values ?? [];
            return values.All(v => v is { Length: 1 } && Grader.Labels.Contains(v, StringComparison.Ordinal)) ? values : null;
        }

        return customId.LabelList;
    }
}
