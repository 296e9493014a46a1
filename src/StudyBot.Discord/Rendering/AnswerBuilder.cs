using StudyBot.Discord.Handlers;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Rendering;

/// <summary>
/// A question answered over several clicks (ordering, matching) as the member's own message: the question with the draft so
/// far, what is wrong with it when a submit was refused, and the components that go on from it.
/// </summary>
public static class AnswerBuilder
{
    public static DiscordMessage Message(RoundView round, string kind, AnswerDraft draft, int page = 1, string? problem = null, string? lead = null, bool showStatus = true)
    {
        var message = DiscordRenderer.Question(round, kind, draft.Slots, lead, showStatus);
        var content = problem is null ? message.Content : $"{message.Content}\n⚠️ {DiscordText.Escape(problem)}";
        return message with
        {
            Content = DiscordMessage.Fit(content ?? string.Empty),
            Components = round.Closed ? [] : Components(round, kind, draft, page, shared: false),
        };
    }

    public static IReadOnlyList<DiscordComponent> Components(RoundView round, string kind, AnswerDraft draft, int page, bool shared) =>
        round.Type == QuestionType.Matching
            ? MatchingComponents.Build(round, kind, draft, page, shared)
            : OrderingComponents.Build(round, kind, draft, shared);
}
