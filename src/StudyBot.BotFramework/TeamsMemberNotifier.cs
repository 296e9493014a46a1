using System.Text.Json;
using Microsoft.Extensions.Logging;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;
using StudyBot.BotFramework.Connector;

namespace StudyBot.BotFramework;

/// <summary>
/// Private messages to a member on Teams, proactively: in their personal chat with the bot (the one they wrote in, or one
/// opened with <c>POST /v3/conversations</c>), through the Connector client (service URL allow-list, pacing, retries).
/// </summary>
internal sealed class TeamsMemberNotifier(MemberConversationService chats, ConnectorClient connector, ILogger<TeamsMemberNotifier> logger) : IMemberNotifier
{
    public Platform Platform => Platform.Teams;

    /// <summary>The reference to keep for the sender of an authenticated activity; null when it lacks what a message needs.</summary>
    public static string? ReferenceOf(Activity activity)
    {
        if (activity.ServiceUrl is not { Length: > 0 } serviceUrl || activity.From?.Id is not { Length: > 0 } userId)
        {
            return null;
        }

        var personal = activity.IsPersonal() ? activity.Conversation?.Id : null;
        return JsonSerializer.Serialize(
            new TeamsMemberReference(serviceUrl, userId, activity.TenantId(), activity.Recipient?.Id, activity.Recipient?.Name, personal, activity.ChannelId ?? "msteams"),
            ActivityJson.Options);
    }

    public async Task<bool> NotifyAsync(Member member, Text text, CancellationToken cancellationToken)
    {
        var reference = Read(await chats.FindAsync(member.Id, cancellationToken));
        if (reference is null)
        {
            logger.LogInformation("No way to reach Teams member {MemberId} privately is known yet", member.Id);
            return false;
        }

        var bot = new ChannelAccount(reference.BotId, reference.BotName);
        try
        {
            var conversationId = reference.PersonalConversationId;
            if (conversationId is null)
            {
                var created = await connector.CreateConversationAsync(reference.ServiceUrl, new ConversationParameters(
                    bot,
                    [new ChannelAccount(reference.UserId)],
                    IsGroup: false,
                    TenantId: reference.TenantId,
                    ChannelData: reference.TenantId is null ? null : new TeamsChannelData(Tenant: new TeamsIdName(reference.TenantId))), cancellationToken);
                conversationId = created?.Id;
            }

            if (conversationId is not { Length: > 0 })
            {
                return false;
            }

            await connector.SendToConversationAsync(reference.ServiceUrl, conversationId,
                new Activity
                {
                    Type = ActivityTypes.Message,
                    Text = TeamsText.Render(text),
                    TextFormat = "markdown",
                    From = bot,
                    Conversation = new ConversationAccount(conversationId),
                    ChannelId = reference.ChannelId,
                }, cancellationToken);
            return true;
        }
        catch (ConnectorException ex)
        {
            logger.LogInformation("Could not message Teams member {MemberId} privately ({Status}): {Reason}", member.Id, ex.StatusCode, ex.Message);
            return false;
        }
    }

    private static TeamsMemberReference? Read(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<TeamsMemberReference>(json, ActivityJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
