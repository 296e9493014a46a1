using Microsoft.Extensions.Logging;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Connector;

namespace StudyBot.BotFramework.Handlers;

/// <summary>
/// The members a message @mentions, by the id the engine knows them by. Members are known by their Entra object id
/// (<see cref="ActivityExtensions.SenderId"/>), but a Teams mention carries only the account id (<c>29:…</c>): the
/// Connector is asked for the member's object id, and the account id stands when it cannot say. The lookups happen while
/// the inbound request waits, so together they get at most <see cref="LookupBudget"/>.
/// </summary>
internal sealed class TeamsMentions(ConnectorClient connector, TimeProvider time, ILogger<TeamsMentions> logger)
{
    public static readonly TimeSpan LookupBudget = TimeSpan.FromSeconds(3);

    public async Task<IReadOnlyList<MemberMention>> ResolveAsync(Activity activity, IReadOnlyList<MemberMention> mentions, CancellationToken cancellationToken)
    {
        if (mentions.Count == 0 || activity.ServiceUrl is not { Length: > 0 } serviceUrl
            || (activity.ChannelData?.Team?.Id ?? activity.BaseConversationId()) is not { Length: > 0 } roster)
        {
            return mentions;
        }

        using var budget = new CancellationTokenSource(LookupBudget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        var resolved = new List<MemberMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            resolved.Add(mention.UserId.StartsWith("29:", StringComparison.Ordinal)
                ? await ResolveAsync(serviceUrl, roster, mention, linked.Token, cancellationToken)
                : mention);
        }

        return resolved;
    }

    private async Task<MemberMention> ResolveAsync(string serviceUrl, string roster, MemberMention mention, CancellationToken lookup, CancellationToken caller)
    {
        try
        {
            var member = await connector.GetMemberAsync(serviceUrl, roster, mention.UserId, lookup);
            return member?.AadObjectId is { Length: > 0 } aad && ActivityRules.IsId(aad) ? mention with { UserId = aad } : mention;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            logger.LogInformation("Could not look up a mentioned member ({Error}); using the id the mention carries", ex.Message);
            return mention;
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested)
        {
            logger.LogInformation("Looking up a mentioned member took longer than {Budget} s; using the id the mention carries", LookupBudget.TotalSeconds);
            return mention;
        }
    }
}
