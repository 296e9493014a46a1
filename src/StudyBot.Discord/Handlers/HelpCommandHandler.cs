using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;

namespace StudyBot.Discord.Handlers;

public sealed class HelpCommandHandler : IDiscordCommandHandler
{
    public string CommandName => "help";

    public Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken) =>
        Task.FromResult(InteractionResponse.Ephemeral(DiscordRenderer.Help));
}
