using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Connector;

namespace StudyBot.BotFramework.Handlers;

/// <summary>
/// Answers an inbound activity through the Connector: reply, replace a card, or write to the member privately. Handlers
/// queue their sends with <see cref="Later"/>, so they run after the inbound request is answered; a send that fails or
/// times out is logged and gives null/false, never an exception.
/// </summary>
internal sealed class TeamsResponder(ConnectorClient connector, TeamsOutbox outbox, ILogger<TeamsResponder> logger)
{
    /// <summary>
    /// Queues <paramref name="send"/> (one reply, or sends that depend on each other) behind the earlier sends in the
    /// inbound activity's conversation; it runs after the inbound request has been answered.
    /// </summary>
    public void Later(Activity inbound, string what, Func<CancellationToken, Task> send) =>
        outbox.Enqueue(inbound.BaseConversationId() ?? string.Empty, what, send);

    public static Activity CardActivity(JsonObject card) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [new Attachment(Attachment.AdaptiveCardContentType, card)],
    };

    public static Activity TextActivity(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" };

    public Task<string?> ReplyCardAsync(Activity inbound, JsonObject card, CancellationToken cancellationToken) =>
        ReplyAsync(inbound, CardActivity(card), cancellationToken);

    public Task<string?> ReplyTextAsync(Activity inbound, string text, CancellationToken cancellationToken) =>
        ReplyAsync(inbound, TextActivity(text), cancellationToken);

    public async Task<string?> ReplyAsync(Activity inbound, Activity reply, CancellationToken cancellationToken)
    {
        if (inbound.ServiceUrl is not { } serviceUrl || inbound.Conversation?.Id is not { } conversationId)
        {
            return null;
        }

        var activity = reply with
        {
            From = inbound.Recipient,
            Recipient = inbound.From,
            Conversation = inbound.Conversation,
            ChannelId = inbound.ChannelId,
        };
        try
        {
            return inbound.Id is { Length: > 0 } id
                ? await connector.ReplyToActivityAsync(serviceUrl, conversationId, id, activity, cancellationToken)
                : await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException || ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Could not reply in conversation of type {Type}", inbound.Conversation?.ConversationType);
            return null;
        }
    }

    /// <summary>Replaces the card the member clicked (Action.Submit path).</summary>
    public async Task<bool> UpdateCardAsync(Activity inbound, string activityId, JsonObject card, CancellationToken cancellationToken)
    {
        if (inbound.ServiceUrl is not { } serviceUrl || inbound.Conversation?.Id is not { } conversationId)
        {
            return false;
        }

        try
        {
            await connector.UpdateActivityAsync(serviceUrl, conversationId, activityId,
                CardActivity(card) with { From = inbound.Recipient, Conversation = inbound.Conversation, ChannelId = inbound.ChannelId }, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException || ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Could not update a card");
            return false;
        }
    }

    /// <summary>Opens (or reuses) the personal chat with the sender and posts there; false when Teams refused.</summary>
    public async Task<bool> SendPersonalAsync(Activity inbound, Activity message, CancellationToken cancellationToken)
    {
        if (inbound.ServiceUrl is not { } serviceUrl || inbound.From?.Id is not { } userId || inbound.Recipient is not { } bot)
        {
            return false;
        }

        try
        {
            var tenant = inbound.TenantId();
            var created = await connector.CreateConversationAsync(serviceUrl, new ConversationParameters(
                bot,
                [new ChannelAccount(userId)],
                IsGroup: false,
                TenantId: tenant,
                ChannelData: tenant is null ? null : new TeamsChannelData(Tenant: new TeamsIdName(tenant))), cancellationToken);
            if (created?.Id is not { Length: > 0 } personalId)
            {
                return false;
            }

            await connector.SendToConversationAsync(serviceUrl, personalId,
                message with { From = bot, Conversation = new ConversationAccount(personalId), ChannelId = inbound.ChannelId }, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException || ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Could not open a personal chat");
            return false;
        }
    }
}
