using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;
using StudyBot.BotFramework.Connector;
using StudyBot.BotFramework.Handlers;
using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Views;

namespace StudyBot.BotFramework;

/// <summary>
/// Posts into Teams proactively through the conversation reference stored on the channel. Count updates of one message are
/// coalesced to at most one per <see cref="UpdateInterval"/>; the last one always goes out.
/// </summary>
internal sealed class TeamsChannelPublisher(ConnectorClient connector, TimeProvider time, ILogger<TeamsChannelPublisher> logger) : IChannelPublisher
{
    public static readonly TimeSpan UpdateInterval = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, UpdateSlot> updates = new(StringComparer.Ordinal);

    public Platform Platform => Platform.Teams;

    public async Task<string> PublishRoundAsync(Channel channel, RoundView round, CancellationToken cancellationToken)
    {
        var reference = Reference(channel);
        var id = await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, Card(reference, TeamsCards.Question(round)), cancellationToken);
        return id ?? throw new ConnectorException(502, "The Connector returned no activity id for the posted round.");
    }

    public async Task UpdateRoundAsync(Channel channel, string messageRef, RoundView round, CancellationToken cancellationToken)
    {
        var reference = Reference(channel);
        var slot = updates.GetOrAdd(messageRef, _ => new UpdateSlot());
        TimeSpan wait;
        lock (slot)
        {
            slot.Latest = round;
            if (slot.Scheduled)
            {
                // An update is already due; it will carry this count.
                return;
            }

            slot.Scheduled = true;
            wait = slot.LastSent + UpdateInterval - time.GetUtcNow();
        }

        if (wait <= TimeSpan.Zero)
        {
            await SendLatestAsync(reference, messageRef, slot, TimeSpan.Zero);
        }
        else
        {
            _ = SendLatestAsync(reference, messageRef, slot, wait);
        }

        Prune();
    }

    public async Task PublishRevealAsync(Channel channel, RevealView reveal, CancellationToken cancellationToken)
    {
        var reference = Reference(channel);
        await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, Card(reference, TeamsCards.Reveal(reveal)), cancellationToken);
    }

    public async Task PublishDigestAsync(Channel channel, DigestView digest, CancellationToken cancellationToken)
    {
        var reference = Reference(channel);
        await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, Card(reference, TeamsCards.Digest(digest)), cancellationToken);
    }

    private async Task SendLatestAsync(TeamsConversationReference reference, string messageRef, UpdateSlot slot, TimeSpan wait)
    {
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time);
        }

        RoundView latest;
        lock (slot)
        {
            latest = slot.Latest!;
            slot.Scheduled = false;
            slot.LastSent = time.GetUtcNow();
        }

        try
        {
            // Detached from the caller's request: the coalesced update outlives it.
            await connector.UpdateActivityAsync(reference.ServiceUrl, reference.ConversationId, messageRef, Card(reference, TeamsCards.Question(latest)), CancellationToken.None);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            logger.LogWarning(ex, "Updating the answer count of a daily question failed");
        }
    }

    private void Prune()
    {
        if (updates.Count < 1000)
        {
            return;
        }

        var old = time.GetUtcNow() - TimeSpan.FromDays(1);
        foreach (var (key, slot) in updates)
        {
            if (!slot.Scheduled && slot.LastSent < old)
            {
                updates.TryRemove(key, out _);
            }
        }
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

    private sealed class UpdateSlot
    {
        public RoundView? Latest { get; set; }
        public bool Scheduled { get; set; }
        public DateTimeOffset LastSent { get; set; } = DateTimeOffset.MinValue;
    }
}
