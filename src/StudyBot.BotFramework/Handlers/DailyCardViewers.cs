using System.Collections.Concurrent;
using StudyBot.BotFramework.Cards;

namespace StudyBot.BotFramework.Handlers;

/// <summary>
/// The Teams users (their <c>29:</c> ids, which a card's <c>refresh.userIds</c> needs) who answered each posted daily
/// question, the latest <see cref="TeamsDailyCards.MaxRefreshUsers"/> per question. When the shared card is edited (its
/// count, its close), Teams then shows those members their own view again instead of the blank question. It only says whom
/// Teams should ask; what each member sees is the engine's answer to that member's refresh. Kept in memory: after a restart
/// a member who answered earlier gets their view back by clicking (Teams answers "already answered").
/// </summary>
internal sealed class DailyCardViewers
{
    private const int MaxRounds = 10_000;
    private readonly ConcurrentDictionary<long, List<string>> viewers = new();

    public void Add(long roundId, string? teamsUserId)
    {
        if (teamsUserId is not { Length: > 0 })
        {
            return;
        }

        if (viewers.Count >= MaxRounds && !viewers.ContainsKey(roundId))
        {
            viewers.Clear();
        }

        var list = viewers.GetOrAdd(roundId, _ => []);
        lock (list)
        {
            list.Remove(teamsUserId);
            list.Add(teamsUserId);
            if (list.Count > TeamsDailyCards.MaxRefreshUsers)
            {
                list.RemoveAt(0);
            }
        }
    }

    public IReadOnlyList<string> Of(long roundId)
    {
        if (!viewers.TryGetValue(roundId, out var list))
        {
            return [];
        }

        lock (list)
        {
            return [.. list];
        }
    }
}
