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

        // The streak rounds depend only on the channel and scope: they are read while the board is ranked.
        var roundsTask = StreakRoundsAsync(channel, request.Scope, cancellationToken);
        var rankTask = RankAsync(request, cancellationToken);
        await Task.WhenAll(roundsTask, rankTask);
        var (periodLabel, scopeLabel, members, ranked) = await rankTask;

        var visible = ranked.Where(t => !members[t.MemberId].HiddenFromBoards).Take(request.Top).ToList();
        var callerIndex = request.CallerMemberId is { } callerId ? ranked.FindIndex(t => t.MemberId == callerId) : -1;
        var needCaller = callerIndex >= 0 && !visible.Any(t => t.MemberId == request.CallerMemberId);
        var streakMembers = visible.Select(t => t.MemberId).Concat(needCaller ? [ranked[callerIndex].MemberId] : []).ToList();
        var streaks = (await StreaksAsync(await roundsTask, streakMembers, cancellationToken)).ToDictionary(x => x.Key, x => x.Value.Current);

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

    private async Task<(string PeriodLabel, string ScopeLabel, Dictionary<long, Member> Members, List<BoardTotals> Ranked)> RankAsync(
        LeaderboardRequest request,
        CancellationToken cancellationToken)
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
        return (periodLabel, scopeLabel, members, ranked);
    }

    /// <summary>Current streak per member: on the channel, or the best over the community's channels.</summary>
    public async Task<IReadOnlyDictionary<long, int>> CurrentStreaksAsync(Channel channel, BoardScope scope, IReadOnlyList<long> memberIds, CancellationToken cancellationToken)
    {
        if (memberIds.Count == 0)
        {
            return new Dictionary<long, int>();
        }

        var streaks = await StreaksAsync(await StreakRoundsAsync(channel, scope, cancellationToken), memberIds, cancellationToken);
        return streaks.ToDictionary(s => s.Key, s => s.Value.Current);
    }

    /// <summary>The recent daily rounds a board's streaks are computed over: the channel's, or the community's scheduled channels'.</summary>
    public async Task<IReadOnlyList<Round>> StreakRoundsAsync(Channel channel, BoardScope scope, CancellationToken cancellationToken)
    {
        IReadOnlyList<long> channelIds = scope == BoardScope.Channel
            ? [channel.Id]
            : (await store.ListScheduledChannelIdsAsync(channel.CommunityId, cancellationToken)).Append(channel.Id).Distinct().ToList();
        return await store.ListDailyRoundsAsync(channelIds, StreakHorizon, cancellationToken);
    }

    /// <summary>
    /// Current and longest streaks of the given members, each the best over the given channels. Two queries whatever the
    /// number of channels and members: the channels' recent rounds, then which rounds the members answered since the oldest.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, (int Current, int Longest)>> StreaksAsync(IReadOnlyList<long> channelIds, IReadOnlyList<long> memberIds, CancellationToken cancellationToken) =>
        await StreaksAsync(await store.ListDailyRoundsAsync(channelIds, StreakHorizon, cancellationToken), memberIds, cancellationToken);

    /// <summary>Current and longest streaks of the given members over the given rounds, each the best over the rounds' channels.</summary>
    public async Task<IReadOnlyDictionary<long, (int Current, int Longest)>> StreaksAsync(IReadOnlyList<Round> rounds, IReadOnlyList<long> memberIds, CancellationToken cancellationToken)
    {
        var answers = rounds.Count == 0 || memberIds.Count == 0
            ? []
            : await store.ListAnsweredRoundsAsync(memberIds, rounds.Min(r => r.OpensAt).AddDays(-1), cancellationToken);
        var answeredBy = answers.ToLookup(a => a.MemberId, a => a.RoundId);
        return memberIds.Distinct().ToDictionary(id => id, id => BestStreaks(rounds, answeredBy[id].ToHashSet()));
    }

    /// <summary>The best current and the best longest streak over the channels of the given rounds.</summary>
    public (int Current, int Longest) BestStreaks(IReadOnlyList<Round> rounds, IReadOnlySet<long> answeredRoundIds)
    {
        var now = time.GetUtcNow();
        var current = 0;
        var longest = 0;
        foreach (var channelRounds in rounds.GroupBy(r => r.ChannelId))
        {
            var (c, l) = StreakCalculator.Compute(channelRounds.OrderByDescending(r => r.LocalDate).ToList(), answeredRoundIds, now);
            current = Math.Max(current, c);
            longest = Math.Max(longest, l);
        }

        return (current, longest);
    }

    private static double Accuracy(BoardTotals t) => t.Answered == 0 ? 0 : (double)t.Correct / t.Answered;
}
