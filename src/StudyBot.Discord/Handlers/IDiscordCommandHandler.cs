using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Handlers;

/// <summary>Handles one slash command; answers within Discord's 3 s.</summary>
public interface IDiscordCommandHandler
{
    string CommandName { get; }

    Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken);
}
