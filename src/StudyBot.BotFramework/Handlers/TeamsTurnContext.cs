using System.Text.Json;
using StudyBot.BotFramework.Activities;
using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Services;

namespace StudyBot.BotFramework.Handlers;

/// <summary>Resolves who and where an activity comes from: the engine's channel, member and admin status.</summary>
internal sealed class TeamsTurnContext(ChannelSetupService setup, IStudyStore store)
{
    public static MemberRef Member(Activity activity) =>
        new(Platform.Teams, activity.SenderId() ?? "unknown", activity.From?.Name is { Length: > 0 } name ? name : "Teams user");

    /// <summary>The channel (or chat) this activity belongs to, registered on first sight, its conversation reference kept current.</summary>
    public async Task<Channel> ChannelAsync(Activity activity, CancellationToken cancellationToken)
    {
        var data = activity.ChannelData;
        var conversationId = data?.Channel?.Id ?? activity.BaseConversationId() ?? "unknown";
        var communityId = data?.Team?.Id ?? conversationId;
        var communityName = data?.Team?.Name ?? activity.Conversation?.Name ?? (activity.IsPersonal() ? "Personal chat" : "Teams chat");
        var channelName = data?.Channel?.Name ?? activity.Conversation?.Name ?? (data?.Team is not null ? "General" : communityName);
        var channel = await setup.RegisterAsync(Platform.Teams, communityId, communityName, conversationId, channelName, cancellationToken);
        if (activity.ToReference(conversationId) is { } reference)
        {
            var json = JsonSerializer.Serialize(reference, ActivityJson.Options);
            if (channel.ConversationReference != json)
            {
                channel.ConversationReference = json;
                await store.UpdateChannelAsync(channel, cancellationToken);
            }
        }

        return channel;
    }

    /// <summary>Installers and members an admin added; guests never.</summary>
    public async Task<bool> IsAdminAsync(Channel channel, Activity activity, CancellationToken cancellationToken)
    {
        if (activity.IsGuest())
        {
            return false;
        }

        foreach (var id in new[] { activity.From?.AadObjectId, activity.From?.Id }.Where(i => !string.IsNullOrEmpty(i)).Distinct())
        {
            if (await setup.IsCommunityAdminAsync(channel.CommunityId, id!, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }
}
