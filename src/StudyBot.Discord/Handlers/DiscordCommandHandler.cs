using System.Text.Json;
using Microsoft.Extensions.Logging;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Handlers;

/// <summary>
/// Every slash command: the options are checked against the engine's catalog, the engine runs the command, and the result
/// is rendered in Discord's words. A slow command (posting now) is deferred and finished by editing the reply.
/// </summary>
public sealed class DiscordCommandHandler(
    CommandRouter router,
    DiscordRestClient rest,
    BackgroundWork background,
    ILogger<DiscordCommandHandler> logger)
{
    public async Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var name = context.Interaction.Data?.Name ?? string.Empty;
        var parsed = CommandParser.Bind(name, context.Subcommand, Options(context), Members(context), typed: true);
        if (parsed.Invocation is not { } invocation)
        {
            return InteractionResponse.Ephemeral(DiscordText.Render(parsed.Error!.Text));
        }

        if ((invocation.Subcommand ?? invocation.Command).Slow && context.Interaction.Token is { Length: > 0 } token)
        {
            background.Run($"Discord command {name} of interaction {context.Interaction.Id}", async stopping =>
            {
                var result = await router.RunAsync(context.Actor, invocation, stopping);
                try
                {
                    await rest.EditOriginalResponseAsync(token, DiscordRenderer.Result(result), stopping);
                }
                catch (DiscordRestException ex)
                {
                    logger.LogWarning("Finishing the deferred /{Command} failed: {Error}", name, ex.Message);
                }
            });
            return new InteractionResponse(CallbackType.DeferredChannelMessage, new DiscordMessage { Flags = MessageFlags.Ephemeral });
        }

        var done = await router.RunAsync(context.Actor, invocation, cancellationToken);
        return new InteractionResponse(CallbackType.ChannelMessage, DiscordRenderer.Result(done));
    }

    private static List<KeyValuePair<string, RawValue>> Options(InteractionContext context) =>
        [.. context.Options.Select(o => KeyValuePair.Create(o.Name ?? string.Empty, Raw(o.Value)))];

    private static RawValue Raw(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } v => new RawValue(RawKind.String, v.GetString() ?? string.Empty),
        { ValueKind: JsonValueKind.Number } v => new RawValue(RawKind.Number, v.GetRawText()),
        { ValueKind: JsonValueKind.True or JsonValueKind.False } v => new RawValue(RawKind.Boolean, v.GetRawText()),
        _ => new RawValue(RawKind.String, string.Empty),
    };

    private static Dictionary<string, MemberMention> Members(InteractionContext context)
    {
        var resolved = context.Interaction.Data?.Resolved;
        var members = new Dictionary<string, MemberMention>(StringComparer.Ordinal);
        foreach (var (id, user) in resolved?.Users ?? new Dictionary<string, DiscordUser>())
        {
            var name = resolved?.Members?.GetValueOrDefault(id)?.Nick ?? user?.GlobalName ?? user?.Username ?? id;
            members[id] = new MemberMention(id, name);
        }

        return members;
    }
}
