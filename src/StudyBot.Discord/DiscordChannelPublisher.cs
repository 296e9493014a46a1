using System.Globalization;
using Microsoft.Extensions.Logging;
using StudyBot.Discord.Handlers;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;
using StudyBot.Discord.Rest;
using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Views;

namespace StudyBot.Discord;

/// <summary>Posts the engine's proactive messages into Discord channels through the REST client.</summary>
public sealed class DiscordChannelPublisher(DiscordRestClient rest, IStudyStore store, ILogger<DiscordChannelPublisher> logger) : IChannelPublisher
{
    public Platform Platform => Platform.Discord;

    /// <summary>The nonce makes a retried post of the same round land once (Discord dedupes for a few minutes).</summary>
    public Task<string> PublishRoundAsync(Channel channel, RoundView round, CancellationToken cancellationToken) =>
        rest.CreateMessageAsync(channel.ExternalId, DiscordRenderer.Question(round, AnswerCustomId.Daily) with
        {
            Nonce = "round-" + round.RoundId.ToString(CultureInfo.InvariantCulture),
            EnforceNonce = true,
        }, null, cancellationToken);

    public Task UpdateRoundAsync(Channel channel, string messageRef, RoundView round, CancellationToken cancellationToken) =>
        rest.EditMessageAsync(channel.ExternalId, messageRef, DiscordRenderer.Question(round, AnswerCustomId.Daily), cancellationToken);

    /// <summary>Closes the question's buttons, then posts the reveal as a reply to it.</summary>
    public async Task PublishRevealAsync(Channel channel, RevealView reveal, CancellationToken cancellationToken)
    {
        var messageRef = (await store.FindRoundAsync(reveal.Round.RoundId, cancellationToken))?.MessageRef;
        if (messageRef is not null)
        {
            try
            {
                await rest.EditMessageAsync(channel.ExternalId, messageRef, DiscordRenderer.Question(reveal.Round with { Closed = true }, AnswerCustomId.Daily), cancellationToken);
            }
            catch (DiscordRestException ex) when (ex.Status is System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.Forbidden)
            {
                // The question was deleted or can no longer be edited; the reveal still goes out.
                logger.LogInformation("Could not close the buttons of round {RoundId}: {Error}", reveal.Round.RoundId, ex.Message);
            }
        }

        await rest.CreateMessageAsync(channel.ExternalId, new DiscordMessage
        {
            Content = DiscordRenderer.Reveal(reveal),
            MessageReference = messageRef is null ? null : new MessageReference(messageRef),
            Nonce = "reveal-" + reveal.Round.RoundId.ToString(CultureInfo.InvariantCulture),
            EnforceNonce = true,
        }, null, cancellationToken);
    }

    public Task PublishDigestAsync(Channel channel, DigestView digest, CancellationToken cancellationToken)
    {
        const string chart = "digest.png";
        var message = new DiscordMessage
        {
            Content = DiscordRenderer.Digest(digest),
            Embeds = digest.ChartPng is null ? null : [new DiscordEmbed("Accuracy by domain", null, new EmbedImage("attachment://" + chart))],
        };
        var file = digest.ChartPng is { } png ? new DiscordFile(chart, "image/png", png) : null;
        return rest.CreateMessageAsync(channel.ExternalId, message, file, cancellationToken);
    }
}
