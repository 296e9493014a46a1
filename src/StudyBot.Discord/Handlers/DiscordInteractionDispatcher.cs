using Microsoft.Extensions.Logging;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Handlers;

/// <summary>Routes a verified interaction to its handler; anything unknown or failing gets a polite ephemeral reply.</summary>
public sealed class DiscordInteractionDispatcher(
    DiscordCommandHandler commands,
    IEnumerable<IDiscordComponentHandler> components,
    RecentInteractions recent,
    ILogger<DiscordInteractionDispatcher> logger)
{
    public const string UnknownCommand = "Sorry, I don't know that command. Try /help.";
    public const string UnknownComponent = "Sorry, I can't tell which question that button belongs to. Try /daily or start a new /quiz.";
    public const string AlreadyHandled = "I have already handled this request; its answer stands.";
    public const string Failed = "Sorry, something went wrong on my side. Please try again in a moment.";

    private readonly Dictionary<string, IDiscordComponentHandler> _components = components.ToDictionary(c => c.Kind, StringComparer.Ordinal);

    public async Task<InteractionResponse> DispatchAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (interaction.Type == InteractionType.Ping)
        {
            return InteractionResponse.Pong;
        }

        if (interaction.Type == InteractionType.Autocomplete)
        {
            return new InteractionResponse(CallbackType.AutocompleteResult, null);
        }

        var context = InteractionContext.From(interaction);
        if (context is null)
        {
            return InteractionResponse.Ephemeral(UnknownCommand);
        }

        try
        {
            switch (interaction.Type)
            {
                case InteractionType.ApplicationCommand when interaction.Data?.Name is { Length: > 0 }:
                    // A click is idempotent in the engine (the first answer counts); a command is made so here.
                    if (interaction.Id is not { } id || !recent.TryClaim(id))
                    {
                        logger.LogInformation("Discord interaction {InteractionId} was seen before: not run again", interaction.Id);
                        return InteractionResponse.Ephemeral(AlreadyHandled);
                    }

                    return StudyBotMetrics.Handled("discord", "command", await commands.HandleAsync(context, cancellationToken));
                case InteractionType.MessageComponent or InteractionType.ModalSubmit:
                    var customId = AnswerCustomId.TryParse(interaction.Data?.CustomId);
                    if (customId is null || !_components.TryGetValue(customId.Kind, out var component))
                    {
                        logger.LogInformation("Unknown component id from Discord interaction {InteractionId}", interaction.Id);
                        return InteractionResponse.Ephemeral(UnknownComponent);
                    }

                    return StudyBotMetrics.Handled("discord", "click", await component.HandleAsync(context, customId, cancellationToken));
                default:
                    return InteractionResponse.Ephemeral(UnknownCommand);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Discord interaction {InteractionId} of type {Type} failed", interaction.Id, interaction.Type);
            StudyBotMetrics.Interaction("discord", interaction.Type == InteractionType.MessageComponent ? "click" : "command", "failed");
            return InteractionResponse.Ephemeral(Failed);
        }
    }
}
