using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;

namespace StudyBot.BotFramework.Handlers;

/// <summary>The bot was added to (or removed from) a team, chat or personal scope.</summary>
internal sealed class BotInstallation(ChannelSetupService setup, ActorResolver actors, TeamsResponder responder, ILogger<BotInstallation> logger)
{
    // Teams sends installationUpdate and conversationUpdate for one install at the same moment; taking them one at a time
    // per conversation lets the second see what the first stored, so the welcome goes out once.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _installing = new(StringComparer.Ordinal);

    public async Task AddedAsync(Activity activity, CancellationToken cancellationToken)
    {
        var gate = _installing.GetOrAdd(ChannelIdOf(activity, null), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await AddedOnceAsync(activity, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task AddedOnceAsync(Activity activity, CancellationToken cancellationToken)
    {
        // Teams announces one install twice (installationUpdate and conversationUpdate): the engine says which is the first.
        if (await setup.InstalledAsync(TeamsActors.From(activity), cancellationToken) is not { } installation)
        {
            return;
        }

        var channel = installation.Channel;
        logger.LogInformation("Bot added to Teams channel {ChannelId}", channel.Id);
        if (!installation.FirstTime)
        {
            return;
        }

        var reply = TeamsResponder.CardActivity(TeamsCards.Welcome(installation.Welcome));
        // A welcome is a new post, not a reply to the system event.
        var post = activity with { Id = null, Conversation = (activity.Conversation ?? new ConversationAccount(null)) with { Id = ChannelIdOf(activity, channel) } };
        responder.Later(activity, "Welcome after an install", sending => responder.ReplyAsync(post, reply, sending));
    }

    public async Task RemovedAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.ChannelData?.Team?.Id is { } teamId)
        {
            // Uninstalled from a team: no channel of that team may get posts any more.
            await setup.DeactivateCommunityAsync(Platform.Teams, teamId, cancellationToken);
            logger.LogInformation("Bot removed from a Teams team; all its channels are inactive");
            return;
        }

        await setup.DeactivateAsync(Platform.Teams, ChannelIdOf(activity, null), cancellationToken);
        logger.LogInformation("Bot removed from a Teams conversation");
    }

    /// <summary>Registers the conversation the activity comes from (and keeps its conversation reference current).</summary>
    public async Task<Channel> RegisterAsync(Activity activity, CancellationToken cancellationToken) =>
        (await actors.PlaceAsync(Platform.Teams, TeamsActors.From(activity).Place, cancellationToken)).Channel!;

    private static string ChannelIdOf(Activity activity, Channel? channel) =>
        activity.ChannelData?.Channel?.Id ?? activity.BaseConversationId() ?? channel?.ExternalId ?? "unknown";
}
