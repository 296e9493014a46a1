using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;
using StudyBot.Engine.Services;

namespace StudyBot.Discord.Handlers;

/// <summary><c>/quiz [exam] [domain] [count]</c>: a personal quiz in an ephemeral message.</summary>
public sealed class QuizCommandHandler(QuizService quizzes, DiscordChannelResolver channels) : IDiscordCommandHandler
{
    public string CommandName => "quiz";

    public async Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var channel = await channels.ResolveAsync(context, cancellationToken);
        var count = context.IntegerOption("count") is { } c ? (int)Math.Clamp(c, int.MinValue, int.MaxValue) : QuizService.DefaultCount;
        var domain = context.IntegerOption("domain") is { } d ? (int?)Math.Clamp(d, int.MinValue, int.MaxValue) : null;
        var start = await quizzes.StartAsync(
            new QuizRequest(context.Invoker, channel?.Id, channel?.CommunityId, context.StringOption("exam"), domain, count),
            cancellationToken);
        if (start.First is null)
        {
            return InteractionResponse.Ephemeral(start.Error ?? "I couldn't start a quiz.");
        }

        return new InteractionResponse(
            CallbackType.ChannelMessage,
            DiscordRenderer.Question(start.First, AnswerCustomId.Quiz) with { Flags = MessageFlags.Ephemeral });
    }
}
