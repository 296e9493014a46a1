using Microsoft.Extensions.Logging;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Connector;

namespace StudyBot.BotFramework.Handlers;

/// <summary>
/// The members a message @mentions, by the id the engine knows them by. Members are known by their Entra object id
/// (<see cref="ActivityExtensions.SenderId"/>), but a Teams mention carries only the account id (<c>29:…</c>): the
/// Connector is asked for the member's object id, and the account id stands when it cannot say.
/// </summary>
internal sealed class TeamsMentions(ConnectorClient connector, ILogger<TeamsMentions> logger)
{
    public async Task<IReadOnlyList<MemberMention>> ResolveAsync(Activity activity, IReadOnlyList<MemberMention> mentions, CancellationToken cancellationToken)
    {
        if (mentions.Count == 0 || activity.ServiceUrl is not { Length: > 0 } serviceUrl
            || (activity.ChannelData?.Team?.Id ?? activity.BaseConversationId()) is not { Length: > 0 } roster)
        {
            return mentions;
        }

        var resolved = new List<MemberMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            resolved.Add(mention.UserId.StartsWith("29:", StringComparison.Ordinal)
                ? await ResolveAsync(serviceUrl, roster, mention, cancellationToken)
                : mention);
        }

        return resolved;
    }

    private async Task<MemberMention> ResolveAsync(string serviceUrl, string roster, MemberMention mention, CancellationToken cancellationToken)
    {
        try
        {
            var member = await connector.GetMemberAsync(serviceUrl, roster, mention.UserId, cancellationToken);
            return member?.AadObjectId is { Length: > 0 } aad ? mention with { UserId = aad } : mention;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            logger.LogInformation("Could not look up a mentioned member ({Error}); using the id the mention carries", ex.Message);
            return mention;
        }
    }
}
