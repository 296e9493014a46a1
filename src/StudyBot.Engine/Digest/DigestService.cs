using Microsoft.Extensions.Logging;

namespace StudyBot.Engine.Digest;

/// <summary>
/// A channel's weekly digest: the week's board, who took part, the team's weakest domain of the channel's exam (or of the
/// exam answered most when the channel draws from all) with a quiz to practise it, and a chart. The digest of a week is
/// claimed in the store (unique channel and week start) before it is posted, so a re-fired trigger, a restart or a second
/// cluster node never posts it twice; a host that dies between the claim and the post leaves that week without one.
/// </summary>
public sealed class DigestService(
    IDigestStore digests,
    IChannelStore channels,
    IAnswerStore answers,
    IRoundStore rounds,
    LeaderboardService leaderboards,
    StatsService stats,
    IReviewStore reviews,
    ReviewPlanService plans,
    QuestionBank bank,
    IEnumerable<IChannelPublisher> publishers,
    IEnumerable<IDigestChart> charts,
    MockService mocks,
    TimeProvider time,
    ILogger<DigestService> logger)
{
    /// <summary>Posts the channel's digest of this week once; true when this call posted it.</summary>
    public async Task<bool> PostAsync(long channelId, CancellationToken cancellationToken)
    {
        var channel = await channels.FindChannelAsync(channelId, cancellationToken);
        if (channel is not { Active: true, DailyEnabled: true, Paused: false })
        {
            return false;
        }

        var publisher = publishers.FirstOrDefault(p => p.Platform == channel.Platform);
        if (publisher is null)
        {
            logger.LogWarning("No {Platform} adapter is configured; the digest of channel {ChannelId} is not posted", channel.Platform, channelId);
            return false;
        }

        var now = time.GetUtcNow();
        var weekStart = LocalTime.LocalDate(LocalTime.WeekStart(now, channel.TimeZone), channel.TimeZone);
        var (claim, created) = await digests.AddDigestOrGetExistingAsync(new DigestClaim { ChannelId = channelId, WeekStart = weekStart, ClaimedAt = now }, cancellationToken);
        if (!created)
        {
            logger.LogInformation("The digest of channel {ChannelId} for the week of {WeekStart} was already {State}; not posting it again",
                channelId, weekStart, claim.PublishedAt is null ? "claimed" : "posted");
            return false;
        }

        var digest = await BuildAsync(channel, cancellationToken);
        await publisher.PublishDigestAsync(channel, digest, cancellationToken);
        await digests.MarkDigestPublishedAsync(claim.Id, time.GetUtcNow(), cancellationToken);
        logger.LogInformation("Posted the weekly digest of channel {ChannelId}: {Participants} participants, {Answers} answers", channelId, digest.Participants, digest.Answers);
        return true;
    }

    public async Task<DigestView> BuildAsync(Channel channel, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var weekStart = LocalTime.WeekStart(now, channel.TimeZone);
        var board = await leaderboards.GetAsync(new LeaderboardRequest(channel, null, BoardPeriod.Week, BoardScope.Channel), cancellationToken);
        var answered = await answers.ListScopeAnswersAsync(channel.Id, null, weekStart, cancellationToken);
        var recent = await rounds.ListDailyRoundsAsync(channel.Id, 7, cancellationToken);
        var exam = bank.Exams.Find(channel.Exam) is { } chosen
            ? stats.ForExam(chosen, answered)
            : bank.Exams.Active.Select(e => stats.ForExam(e, answered)).Where(e => e.Answered > 0).OrderByDescending(e => e.Answered).FirstOrDefault();
        var weakest = exam?.Weakest;
        var chart = charts.FirstOrDefault();
        var review = await ReviewLineAsync(answered.Select(a => a.MemberId).Distinct().ToList(), weekStart, channel.TimeZone, cancellationToken);
        return new DigestView(
            board,
            answered.Select(a => a.MemberId).Distinct().Count(),
            answered.Count,
            recent.Count(r => r.OpensAt >= weekStart && r.OpensAt <= now),
            exam?.Domains ?? [],
            exam?.Exam,
            weakest,
            weakest is null ? null : CommandRef.Of(CommandNames.Quiz, (CommandNames.Exam, exam!.Exam), (CommandNames.Domain, weakest.Domain.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            exam is { Answered: > 0 } && chart is not null ? chart.Render(exam) : null,
            review,
            await mocks.TeamSummaryAsync(answered.Select(a => a.MemberId).Distinct().ToList(), weekStart, cancellationToken));
    }

    /// <summary>"The team reviewed N cards; M of K members with an exam date are on pace" (counts only, no names); null when nobody reviewed or set a date.</summary>
    private async Task<Text?> ReviewLineAsync(IReadOnlyList<long> memberIds, DateTimeOffset since, string zone, CancellationToken cancellationToken)
    {
        // Each participant's plan catches up on their answers first, so the count below sees every review of the week.
        int withExam = 0, onPace = 0;
        foreach (var memberId in memberIds)
        {
            if (await plans.GetAsync(memberId, zone, cancellationToken) is { ExamDate: not null } plan)
            {
                withExam++;
                onPace += plan.OnPace == true ? 1 : 0;
            }
        }

        var reviewed = await reviews.CountReviewsAsync(memberIds, since, cancellationToken);

        if (reviewed == 0 && withExam == 0)
        {
            return null;
        }

        var cards = reviewed == 1 ? "1 card" : $"{reviewed} cards";
        return withExam == 0
            ? Text.Of($"The team reviewed {cards} this week.")
            : Text.Of($"The team reviewed {cards} this week; {onPace} of {withExam} members with an exam date {(onPace == 1 ? "is" : "are")} on pace.");
    }
}
