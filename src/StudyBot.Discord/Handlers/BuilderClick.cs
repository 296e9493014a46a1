using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;

namespace StudyBot.Discord.Handlers;

/// <summary>
/// A click on a question answered over several clicks (ordering, matching): the member's message to show next, or the
/// finished answer to submit. A submit the grader's rules refuse shows the draft again with the reason, and stores nothing.
/// </summary>
internal static class BuilderClick
{
    public sealed record Outcome(DiscordMessage? Show, IReadOnlyList<string>? Submit);

    /// <summary>Null when the click cannot be one on this question (a draft or step that does not fit it).</summary>
    public static Outcome? Handle(InteractionContext context, RoundView round, string kind, AnswerCustomId customId, bool showStatus)
    {
        var draft = AnswerDraft.Parse(round, customId.Labels);
        if (draft is null)
        {
            return null;
        }

        var step = customId.Step ?? BuilderSteps.Place; // a button posted before steps existed carries the order so far
        Outcome Show(AnswerDraft shown, int page = 1, string? problem = null) =>
            new(AnswerBuilder.Message(round, kind, shown, page, problem, showStatus: showStatus), null);

        if (BuilderSteps.Number(step, BuilderSteps.MatchPrefix) is { } item)
        {
            var values = context.Interaction.Data?.ComponentType == DiscordComponent.StringSelectType ? context.Interaction.Data.Values : null;
            if (round.Type != QuestionType.Matching || item > round.Items.Count || values is not [var label] || round.Choices.All(c => c.Label != label))
            {
                return null;
            }

            return Show(draft.Match(item, label), MatchingComponents.PageOf(item));
        }

        if (BuilderSteps.Number(step, BuilderSteps.PagePrefix) is { } page)
        {
            return Show(draft, page);
        }

        return step switch
        {
            BuilderSteps.Reset => Show(draft.Clear()),
            BuilderSteps.Submit when draft.Problem is { } problem => Show(draft, FirstOpenPage(round, draft), problem),
            BuilderSteps.Submit => new Outcome(null, draft.Labels),
            _ => Show(draft),
        };
    }

    private static int FirstOpenPage(RoundView round, AnswerDraft draft) =>
        round.Type == QuestionType.Matching && round.Items.FirstOrDefault(i => draft.PickFor(i.Number) is null) is { } open
            ? MatchingComponents.PageOf(open.Number)
            : 1;
}
