using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Views;

namespace StudyBot.Engine.Services;

/// <summary>
/// Boards computed from stored answers: points from daily questions (quiz answers when the channel says so), ties broken by
/// accuracy and then by who reached the score first.
/// </summary>
public sealed class LeaderboardService(IStudyStore store, TimeProvider time)
{
    public const int DefaultTop = 10;

    /// <summary>How many daily rounds back a streak is computed over.</summary>
    public const int StreakHorizon = 400;

    public async Task<LeaderboardView> GetAsync(LeaderboardRequest request, CancellationToken cancellationToken)
    {
        var channel = request.Channel;
        var community = await store.FindCommunityAsync(channel.CommunityId, cancellationToken);
        var zone = community?.TimeZone ?? channel.TimeZone;
        var now = time.GetUtcNow();
        var (from, periodLabel) = request.Period switch
        {
            BoardPeriod.Week => (LocalTime.WeekStart(now, zone), "this week"),
            BoardPeriod.Month => (LocalTime.MonthStart(now, zone), "this month"),
            _ => ((DateTimeOffset?)null, "all time"),
        };
        var scopeLabel = request.Scope == BoardScope.Channel
            ? (channel.Name.Length > 0 ? $"#{channel.Name}" : "this channel")
            : (community?.Name is { Length: > 0 } name ? name : "the whole server");
        var query = new BoardQuery(
            request.Scope == BoardScope.Channel ? channel.Id : null,
            request.Scope == BoardScope.Community ? channel.CommunityId : null,
            from,
            null,
            channel.IncludeQuizOnBoard);

        var totals = await store.GetBoardTotalsAsync(query, cancellationToken);
        var members = (await store.ListMembersAsync(totals.Select(t => t.MemberId).ToList(), cancellationToken)).ToDictionary(m => m.Id);
        var ranked = totals
            .Where(t => members.TryGetValue(t.MemberId, out var m) && (!m.HiddenFromBoards || t.MemberId == request.CallerMemberId))
            .OrderByDescending(t => t.Points)
            .ThenByDescending(t => Accuracy(t))
            .ThenBy(t => t.ReachedAt ?? DateTimeOffset.MaxValue)
            .ThenBy(t => t.MemberId)
            .ToList();

        var visible = ranked.Where(t => !members[t.MemberId].HiddenFromBoards).Take(request.Top).ToList();
        var callerIndex = request.CallerMemberId is { } callerId ? ranked.FindIndex(t => t.MemberId == callerId) : -1;
        var needCaller = callerIndex >= 0 && !visible.Any(t => t.MemberId == request.CallerMemberId);
        var streakMembers = visible.Select(t => t.MemberId).Concat(needCaller ? [ranked[callerIndex].MemberId] : []).ToList();
        var streaks = await CurrentStreaksAsync(channel, request.Scope, streakMembers, cancellationToken);

        LeaderboardRowView Row(BoardTotals t) => new(
            ranked.IndexOf(t) + 1,
            t.MemberId,
            members[t.MemberId].DisplayName,
            t.Points,
            t.Answered,
            t.Correct,
            Accuracy(t),
            streaks.GetValueOrDefault(t.MemberId));

        var rows = visible.Select(Row).ToList();
        var caller = needCaller ? Row(ranked[callerIndex]) : null;
        var participants = ranked.Count(t => !members[t.MemberId].HiddenFromBoards);
        return new LeaderboardView($"Leaderboard — {periodLabel}, {scopeLabel}", periodLabel, scopeLabel, rows, caller, participants);
    }

    /// <summary>Current streak per member: on the channel, or the best over the community's channels.</summary>
    public async Task<IReadOnlyDictionary<long, int>> CurrentStreaksAsync(Channel channel, BoardScope scope, IReadOnlyList<long> memberIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, int>();
        if (memberIds.Count == 0)
        {
            return result;
        }

        var channels = scope == BoardScope.Channel
            ? [channel]
            : (await store.ListScheduledChannelsAsync(cancellationToken)).Where(c => c.CommunityId == channel.CommunityId).ToList();
        if (channels.All(c => c.Id != channel.Id))
        {
            channels.Add(channel);
        }

        foreach (var c in channels)
        {
            foreach (var (memberId, streak) in await StreaksAsync(c.Id, memberIds, cancellationToken))
            {
                result[memberId] = Math.Max(result.GetValueOrDefault(memberId), streak.Current);
            }
        }

        return result;
    }

    /// <summary>Current and longest streaks of the given members on one channel.</summary>
    public async Task<IReadOnlyDictionary<long, (int Current, int Longest)>> StreaksAsync(long channelId, IReadOnlyList<long> memberIds, CancellationToken cancellationToken)
    {
        var rounds = await store.ListDailyRoundsAsync(channelId, StreakHorizon, cancellationToken);
        var answers = rounds.Count == 0 ? [] : await store.ListAnswersForRoundsAsync(rounds.Select(r => r.Id).ToList(), memberIds, cancellationToken);
        var now = time.GetUtcNow();
        return memberIds.ToDictionary(
            id => id,
            id => StreakCalculator.Compute(rounds, answers.Where(a => a.MemberId == id).Select(a => a.RoundId).ToHashSet(), now));
    }

    private static double Accuracy(BoardTotals t) => t.Answered == 0 ? 0 : (double)t.Correct / t.Answered;
}
