namespace StudyBot.Engine.Boards;

/// <summary>
/// Boards computed from stored answers: points from daily questions (quiz answers when the channel says so), ties broken by
/// accuracy and then by who reached the score first.
/// </summary>
public sealed class LeaderboardService(IBoardQueries queries, IChannelStore channels, IRoundStore rounds, TimeProvider time)
{
    public const int DefaultTop = 10;

    /// <summary>How many daily rounds back a streak is computed over.</summary>
    public const int StreakHorizon = 400;

    /// <summary>
    /// How many daily rounds per channel a board reads first for its current streaks. Most streaks break well inside
    /// them; only when one runs unbroken through all of them are the rounds read again over the whole horizon, so the
    /// streak shown is the same either way.
    /// </summary>
    public const int BoardStreakWindow = 40;

    /// <summary>
    /// The board a member asks for where they are. It is shown to the whole place, so a member hidden from boards is
    /// not on it, not even as the caller's own row (they see their rank privately, in their stats).
    /// </summary>
    public async Task<LeaderboardView?> GetForAsync(ActorContext context, BoardPeriod period, BoardScope scope, CancellationToken cancellationToken) =>
        context.Channel is not { } channel
            ? null
            : await GetAsync(new LeaderboardRequest(channel, MemberPrivacy.OwnRowOnSharedBoard(context.Member), period, scope), cancellationToken);

    public async Task<LeaderboardView> GetAsync(LeaderboardRequest request, CancellationToken cancellationToken)
    {
        var channel = request.Channel;

        // The streak rounds depend only on the channel and scope: they are read while the board is ranked.
        var roundsTask = StreakRoundsAsync(channel, request.Scope, BoardStreakWindow, cancellationToken);
        var rankTask = RankAsync(request, cancellationToken);
        await Task.WhenAll(roundsTask, rankTask);
        var (periodLabel, scopeLabel, ranked) = await rankTask;

        var visible = ranked.Take(request.Top).ToList();
        var callerIndex = request.CallerMemberId is { } callerId ? ranked.FindIndex(t => t.MemberId == callerId) : -1;
        var needCaller = callerIndex >= 0 && !visible.Any(t => t.MemberId == request.CallerMemberId);
        var streakMembers = visible.Select(t => t.MemberId).Concat(needCaller ? [ranked[callerIndex].MemberId] : []).ToList();
        var streaks = await CurrentStreaksAsync(await roundsTask, channel, request.Scope, streakMembers, cancellationToken);

        LeaderboardRowView Row(BoardTotals t) => new(
            ranked.IndexOf(t) + 1,
            t.MemberId,
            t.DisplayName,
            t.Points,
            t.Answered,
            t.Correct,
            Accuracy(t),
            streaks.GetValueOrDefault(t.MemberId));

        var rows = visible.Select(Row).ToList();
        var caller = needCaller ? Row(ranked[callerIndex]) : null;
        var participants = ranked.Count;
        return new LeaderboardView($"Leaderboard — {periodLabel}, {scopeLabel}", periodLabel, scopeLabel, rows, caller, participants, request.Scope, channel.ExternalId);
    }

    private async Task<(string PeriodLabel, string ScopeLabel, List<BoardTotals> Ranked)> RankAsync(
        LeaderboardRequest request,
        CancellationToken cancellationToken)
    {
        var channel = request.Channel;
        var community = await channels.FindCommunityAsync(channel.CommunityId, cancellationToken);
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

        var totals = await queries.GetBoardTotalsAsync(query, cancellationToken);
        var ranked = totals
            .Where(MemberPrivacy.NamedToOthers)
            .OrderByDescending(t => t.Points)
            .ThenByDescending(t => Accuracy(t))
            .ThenBy(t => t.ReachedAt ?? DateTimeOffset.MaxValue)
            .ThenBy(t => t.MemberId)
            .ToList();
        return (periodLabel, scopeLabel, ranked);
    }

    /// <summary>
    /// Current streak per member, the best over the scope's channels, from the latest <see cref="BoardStreakWindow"/>
    /// rounds of each channel when that settles it, otherwise over the whole <see cref="StreakHorizon"/>.
    /// </summary>
    private async Task<Dictionary<long, int>> CurrentStreaksAsync(IReadOnlyList<Round> window, Channel channel, BoardScope scope, IReadOnlyList<long> memberIds, CancellationToken cancellationToken)
    {
        if (memberIds.Count == 0 || window.Count == 0)
        {
            return [];
        }

        var answers = await queries.ListAnsweredRoundsAsync(memberIds, window.Min(r => r.OpensAt).AddDays(-1), cancellationToken);
        var answeredBy = answers.ToLookup(a => a.MemberId, a => a.RoundId);
        var channels = window.GroupBy(r => r.ChannelId).Select(g => g.OrderByDescending(r => r.LocalDate).ToList()).ToList();
        var now = time.GetUtcNow();
        var streaks = new Dictionary<long, int>();
        foreach (var memberId in memberIds.Distinct())
        {
            var answered = answeredBy[memberId].ToHashSet();
            var best = 0;
            foreach (var rounds in channels)
            {
                var (current, _) = StreakCalculator.Compute(rounds, answered, now, out var reachesOldest);
                if (reachesOldest && rounds.Count >= BoardStreakWindow)
                {
                    // Unbroken through the whole window: older rounds may lengthen it.
                    var full = await StreaksAsync(await StreakRoundsAsync(channel, scope, StreakHorizon, cancellationToken), memberIds, cancellationToken);
                    return full.ToDictionary(s => s.Key, s => s.Value.Current);
                }

                best = Math.Max(best, current);
            }

            streaks[memberId] = best;
        }

        return streaks;
    }

    /// <summary>The latest daily rounds of the board's channels: the channel's, or the community's scheduled channels'.</summary>
    public async Task<IReadOnlyList<Round>> StreakRoundsAsync(Channel channel, BoardScope scope, int limitPerChannel, CancellationToken cancellationToken)
    {
        IReadOnlyList<long> channelIds = scope == BoardScope.Channel
            ? [channel.Id]
            : (await channels.ListScheduledChannelIdsAsync(channel.CommunityId, cancellationToken)).Append(channel.Id).Distinct().ToList();
        return await rounds.ListDailyRoundsAsync(channelIds, limitPerChannel, cancellationToken);
    }

    /// <summary>
    /// Current and longest streaks of the given members, each the best over the given channels. Two queries whatever the
    /// number of channels and members: the channels' recent rounds, then which rounds the members answered since the oldest.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, (int Current, int Longest)>> StreaksAsync(IReadOnlyList<long> channelIds, IReadOnlyList<long> memberIds, CancellationToken cancellationToken) =>
        await StreaksAsync(await rounds.ListDailyRoundsAsync(channelIds, StreakHorizon, cancellationToken), memberIds, cancellationToken);

    /// <summary>Current and longest streaks of the given members over the given rounds, each the best over the rounds' channels.</summary>
    public async Task<IReadOnlyDictionary<long, (int Current, int Longest)>> StreaksAsync(IReadOnlyList<Round> rounds, IReadOnlyList<long> memberIds, CancellationToken cancellationToken)
    {
        var answers = rounds.Count == 0 || memberIds.Count == 0
            ? []
            : await queries.ListAnsweredRoundsAsync(memberIds, rounds.Min(r => r.OpensAt).AddDays(-1), cancellationToken);
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
