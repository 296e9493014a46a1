using System.Globalization;
using StudyBot.Discord.Handlers;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord;

/// <summary>Posts the engine's proactive messages into Discord channels through the REST client.</summary>
public sealed class DiscordChannelPublisher(DiscordRestClient rest) : IChannelPublisher
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

    /// <summary>At the reveal the question's message is edited to its closed form: no buttons, with the answer.</summary>
    public Task CloseRoundAsync(Channel channel, string messageRef, RevealView reveal, CancellationToken cancellationToken) =>
        rest.EditMessageAsync(channel.ExternalId, messageRef, DiscordDailyRenderer.Closed(reveal), cancellationToken);

    /// <summary>Posts the reveal as a reply to the question (the engine has closed the question's message first).</summary>
    public async Task PublishRevealAsync(Channel channel, RevealView reveal, CancellationToken cancellationToken)
    {
        var messageRef = reveal.MessageRef;
        await rest.CreateMessageAsync(channel.ExternalId, new DiscordMessage
        {
            Content = DiscordRenderer.Reveal(reveal),
            Components = [FlagRendering.ReportRow(reveal.Round.RoundId)],
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

    public Task PublishNoticeAsync(Channel channel, Text text, CancellationToken cancellationToken) =>
        rest.CreateMessageAsync(channel.ExternalId, new DiscordMessage { Content = DiscordText.Render(text) }, null, cancellationToken);
}
