using System.Text.Json;
using System.Text.Json.Nodes;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;
using StudyBot.BotFramework.Connector;
using StudyBot.BotFramework.Handlers;

namespace StudyBot.BotFramework;

/// <summary>Posts into Teams proactively through the conversation reference stored on the channel.</summary>
internal sealed class TeamsChannelPublisher(ConnectorClient connector, DailyCardViewers viewers) : IChannelPublisher
{
    public Platform Platform => Platform.Teams;

    public async Task<string> PublishRoundAsync(Channel channel, RoundView round, CancellationToken cancellationToken)
    {
        var reference = Reference(channel);
        var id = await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, Card(reference, TeamsDailyCards.Shared(round, viewers.Of(round.RoundId))), cancellationToken);
        return id ?? throw new ConnectorException(502, "The Connector returned no activity id for the posted round.");
    }

    /// <summary>Refreshes the posted question (its count, or its closed state); how often is the engine's rule.</summary>
    public async Task UpdateRoundAsync(Channel channel, string messageRef, RoundView round, CancellationToken cancellationToken)
    {
        var reference = Reference(channel);
        await connector.UpdateActivityAsync(reference.ServiceUrl, reference.ConversationId, messageRef, Card(reference, TeamsDailyCards.Shared(round, viewers.Of(round.RoundId))), cancellationToken);
    }

    /// <summary>At the reveal the posted question is replaced (update activity) by its closed card, with the answer.</summary>
    public async Task CloseRoundAsync(Channel channel, string messageRef, RevealView reveal, CancellationToken cancellationToken)
    {
        var reference = Reference(channel);
        await connector.UpdateActivityAsync(reference.ServiceUrl, reference.ConversationId, messageRef,
            Card(reference, TeamsDailyCards.Closed(reveal, viewers.Of(reveal.Round.RoundId))), cancellationToken);
    }

    public async Task PublishRevealAsync(Channel channel, RevealView reveal, CancellationToken cancellationToken)
    {
        var reference = Reference(channel);
        await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, Card(reference, FlagCards.WithReport(TeamsCards.Reveal(reveal), reveal.Round.RoundId)), cancellationToken);
    }

    public async Task PublishDigestAsync(Channel channel, DigestView digest, CancellationToken cancellationToken)
    {
        var reference = Reference(channel);
        await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, Card(reference, TeamsCards.Digest(digest)), cancellationToken);
    }

    public async Task PublishNoticeAsync(Channel channel, Text text, CancellationToken cancellationToken)
    {
        var reference = Reference(channel);
        await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, Card(reference, CardElements.Card([CardElements.Text(TeamsText.Render(text))])), cancellationToken);
    }

    private static Activity Card(TeamsConversationReference reference, JsonObject card) =>
        TeamsResponder.CardActivity(card) with
        {
            From = reference.BotId is null ? null : new ChannelAccount(reference.BotId, reference.BotName),
            Conversation = new ConversationAccount(reference.ConversationId, TenantId: reference.TenantId),
            ChannelId = reference.ChannelId,
        };

    private static TeamsConversationReference Reference(Channel channel)
    {
        TeamsConversationReference? reference = null;
        try
        {
            reference = channel.ConversationReference is { Length: > 0 } json
                ? JsonSerializer.Deserialize<TeamsConversationReference>(json, ActivityJson.Options)
                : null;
        }
        catch (JsonException)
        {
            reference = null;
        }

        return reference is { ServiceUrl.Length: > 0, ConversationId.Length: > 0 }
            ? reference
            : throw new ConnectorException(0, $"Channel {channel.Id} has no usable Teams conversation reference.");
    }
}
