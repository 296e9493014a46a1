using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Handlers;

/// <summary>Handles the clicks on components whose custom id carries <see cref="Kind"/>.</summary>
public interface IDiscordComponentHandler
{
    string Kind { get; }

    Task<InteractionResponse> HandleAsync(InteractionContext context, AnswerCustomId customId, CancellationToken cancellationToken);
}
