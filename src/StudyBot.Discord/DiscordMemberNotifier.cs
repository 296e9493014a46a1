using Microsoft.Extensions.Logging;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord;

/// <summary>Private messages to a member: their DM channel with the bot, then a message in it.</summary>
public sealed class DiscordMemberNotifier(DiscordRestClient rest, ILogger<DiscordMemberNotifier> logger) : IMemberNotifier
{
    public Platform Platform => Platform.Discord;

    public async Task<bool> NotifyAsync(Member member, Text text, CancellationToken cancellationToken)
    {
        try
        {
            var channel = await rest.CreateDmChannelAsync(member.ExternalId, cancellationToken);
            await rest.CreateMessageAsync(channel, new DiscordMessage { Content = DiscordText.Render(text), AllowedMentions = AllowedMentions.None }, null, cancellationToken);
            return true;
        }
        catch (DiscordRestException ex)
        {
            // 50007: the member does not accept DMs from the bot (privacy settings, or no shared server any more).
            logger.LogInformation("Could not DM member {MemberId} on Discord ({Status} {Code}): {Reason}", member.Id, ex.Status, ex.Code, ex.Message);
            return false;
        }
    }
}
