using System.Collections.Concurrent;

namespace StudyBot.Engine.Members;

/// <summary>
/// Remembers how to reach a member privately (what a proactive reminder needs), from the traffic the adapter has
/// authenticated. Only a known member's is kept (nobody is registered for talking to the bot), and it is written only
/// when it changed: a member who writes often costs one read now and then, not a write per message.
/// </summary>
public sealed class MemberConversationService(IMemberConversationStore store, IMemberStore members, TimeProvider time)
{
    private const int MaxRemembered = 50_000;
    private readonly ConcurrentDictionary<(Platform, string), string> _saved = new();

    public async Task RememberAsync(Actor actor, string reference, CancellationToken cancellationToken)
    {
        if (_saved.TryGetValue((actor.Platform, actor.UserId), out var known) && known == reference)
        {
            return;
        }

        if (await members.FindMemberAsync(actor.Platform, actor.UserId, cancellationToken) is not { } member)
        {
            return;
        }

        if (await store.FindAsync(member.Id, cancellationToken) != reference)
        {
            await store.SaveAsync(member.Id, reference, time.GetUtcNow(), cancellationToken);
        }

        if (_saved.Count >= MaxRemembered)
        {
            _saved.Clear();
        }

        _saved[(actor.Platform, actor.UserId)] = reference;
    }

    /// <summary>The member's stored reference; null when they never wrote to the bot where it could see one.</summary>
    public Task<string?> FindAsync(long memberId, CancellationToken cancellationToken) => store.FindAsync(memberId, cancellationToken);
}
