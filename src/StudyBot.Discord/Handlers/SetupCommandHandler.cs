using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rest;
using StudyBot.Engine.Model;
using StudyBot.Engine.Services;

namespace StudyBot.Discord.Handlers;

/// <summary>
/// <c>/setup daily|pause|resume|post-now</c>, for members with Manage Server (read from <c>member.permissions</c>); everyone
/// else is refused by the engine and nothing changes. Posting now may be slow, so it is deferred and finished by webhook.
/// </summary>
public sealed class SetupCommandHandler(
    ChannelSetupService setup,
    DiscordChannelResolver channels,
    DiscordRestClient rest,
    IHostApplicationLifetime lifetime,
    ILogger<SetupCommandHandler> logger) : IDiscordCommandHandler
{
    public string CommandName => "setup";

    public async Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var channel = await channels.ResolveAsync(context, cancellationToken);
        if (channel is null)
        {
            return InteractionResponse.Ephemeral(DiscordChannelResolver.ServerOnly);
        }

        var isAdmin = context.CanManageServer;
        NoticeResult? notice = context.Subcommand switch
        {
            "daily" => await setup.ConfigureDailyAsync(channel, isAdmin, new DailySettings(
                context.StringOption("time") ?? string.Empty,
                context.StringOption("timezone") ?? string.Empty,
                context.StringOption("days"),
                context.StringOption("exam"),
                context.IntegerOption("reveal_after_minutes") is { } m ? (int)Math.Clamp(m, int.MinValue, int.MaxValue) : null), cancellationToken),
            "pause" => await setup.PauseAsync(channel, isAdmin, cancellationToken),
            "resume" => await setup.ResumeAsync(channel, isAdmin, cancellationToken),
            "post-now" when !isAdmin => await setup.PostNowAsync(channel, false, cancellationToken),
            "post-now" => Defer(context, channel),
            _ => null,
        };

        return notice switch
        {
            null => InteractionResponse.Ephemeral("Use /setup daily, /setup pause, /setup resume or /setup post-now."),
            { Deferred: true } => new InteractionResponse(CallbackType.DeferredChannelMessage, new DiscordMessage { Flags = MessageFlags.Ephemeral }),
            _ => InteractionResponse.Ephemeral(notice.Message),
        };
    }

    private NoticeResult Defer(InteractionContext context, Channel channel)
    {
        var token = context.Interaction.Token;
        _ = Task.Run(async () =>
        {
            var cancellationToken = lifetime.ApplicationStopping;
            string message;
            try
            {
                message = (await setup.PostNowAsync(channel, true, cancellationToken)).Message;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Posting now in channel {ChannelId} failed", channel.Id);
                message = "I couldn't post the question: " + (ex is DiscordRestException ? ex.Message : "something went wrong.");
            }

            if (!string.IsNullOrEmpty(token))
            {
                try
                {
                    await rest.EditOriginalResponseAsync(token, new DiscordMessage { Content = message }, cancellationToken);
                }
                catch (DiscordRestException ex)
                {
                    logger.LogWarning("Finishing the deferred /setup post-now failed: {Error}", ex.Message);
                }
            }
        });
        return new NoticeResult(true, string.Empty, true);
    }

    private sealed record NoticeResult(bool Ok, string Message, bool Deferred = false)
    {
        public static implicit operator NoticeResult(Engine.Views.NoticeView notice) => new(notice.Ok, notice.Message);
    }
}
