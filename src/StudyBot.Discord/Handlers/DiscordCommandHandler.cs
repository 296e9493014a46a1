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

        // Discord names a member by their snowflake; any other text is no member (and is never looked up or stored).
        if (invocation.Values.FirstOrDefault(v => v.Value is MemberMention m && !Snowflake.IsValid(m.UserId)) is { Key: { } badMember })
        {
            return InteractionResponse.Ephemeral($"{badMember} must be a member of this server: pick one from the list Discord offers.");
        }

        if ((invocation.Subcommand ?? invocation.Command).Slow && context.Interaction.Token is { Length: > 0 } token)
        {
            background.Run($"Discord command {name} of interaction {context.Interaction.Id}", async stopping =>
            {
                var result = await router.RunAsync(context.Actor, invocation, stopping);
                try
                {
                    await rest.EditOriginalResponseAsync(token, DiscordRenderer.Result(result), stopping, DiscordFiles.Of(result));
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

    // The parser has checked every option: each has a name, and each but a subcommand a scalar value.
    private static List<KeyValuePair<string, RawValue>> Options(InteractionContext context) =>
        [.. context.Options.Select(o => KeyValuePair.Create(o.Name, o.Value ?? new RawValue(RawKind.String, string.Empty)))];

    private static Dictionary<string, MemberMention> Members(InteractionContext context)
    {
        var resolved = context.Interaction.Data?.Resolved;
        var members = new Dictionary<string, MemberMention>(StringComparer.Ordinal);
        foreach (var (id, user) in resolved?.Users ?? new Dictionary<string, DiscordUser>())
        {
            var name = resolved?.Members?.GetValueOrDefault(id)?.Nick ?? user.GlobalName ?? user.Username ?? id;
            members[id] = new MemberMention(id, name);
        }

        return members;
    }
}
