using System.Text.Json;
using StudyBot.BotFramework.Activities;

namespace StudyBot.BotFramework.Handlers;

/// <summary>Who and where an activity comes from, as the engine's <see cref="Actor"/>; the engine resolves the rest.</summary>
internal static class TeamsActors
{
    public static Actor From(Activity activity)
    {
        var data = activity.ChannelData;
        // The ids were checked at the edge (ActivityRules), which refuses empty ones; absent ones fall back.
        var conversationId = NonEmpty(data?.Channel?.Id) ?? NonEmpty(activity.BaseConversationId()) ?? "unknown";
        var personal = activity.IsPersonal();
        var communityId = NonEmpty(data?.Team?.Id) ?? conversationId;
        var communityName = data?.Team?.Name ?? activity.Conversation?.Name ?? (personal ? "Personal chat" : "Teams chat");
        var channelName = data?.Channel?.Name ?? activity.Conversation?.Name ?? (data?.Team is not null ? "General" : communityName);
        var reference = activity.ToReference(conversationId) is { } r ? JsonSerializer.Serialize(r, ActivityJson.Options) : null;
        var place = new Place(personal ? PlaceKind.Personal : PlaceKind.Channel, communityId, communityName, conversationId, channelName, reference);
        var name = activity.From?.Name is { Length: > 0 } n ? n : "Teams user";
        var userId = activity.SenderId() ?? "unknown";
        // The member is known by the Entra object id where Teams sends one; the Teams account id (29:…) is the same person,
        // and is the id a mention names (an admin added by @mention before their object id was known is stored by it).
        IReadOnlyList<string> others = activity.From?.Id is { Length: > 0 } accountId && accountId != userId ? [accountId] : [];
        return new Actor(Platform.Teams, userId, name, place, PlatformAdmin: null, Guest: activity.IsGuest(), OtherUserIds: others);
    }

    private static string? NonEmpty(string? id) => string.IsNullOrEmpty(id) ? null : id;

    /// <summary>The members @mentioned in the activity other than the bot, in order, by the ids the mentions carry.</summary>
    public static IReadOnlyList<MemberMention> Mentions(Activity activity) =>
        [.. activity.OtherMentions().Where(m => m.Id is { Length: > 0 }).Select(m => new MemberMention(m.AadObjectId is { Length: > 0 } aad ? aad : m.Id!, m.Name ?? m.Id!))];
}
