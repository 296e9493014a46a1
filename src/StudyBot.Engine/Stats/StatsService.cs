namespace StudyBot.Engine.Stats;

/// <summary>A member's accuracy per exam domain, readiness, streaks and recent activity, from stored answers.</summary>
public sealed class StatsService(IAnswerStore answerStore, IRoundStore roundStore, IMemberStore members, QuestionBank bank, LeaderboardService leaderboards, ReviewPlanService plans, MockService mocks, TimeProvider time)
{
    /// <summary>Readiness is shown only from this many answers for the exam.</summary>
    public const int MinimumForReadiness = 20;

    /// <summary>
    /// The caller's own stats, or another member's when <paramref name="other"/> is given; a member hidden from boards keeps
    /// their stats to themselves. Stats are personal results: only the caller sees them.
    /// </summary>
    public async Task<(StatsView? Stats, Notice? Refusal)> GetForAsync(ActorContext context, MemberMention? other, CancellationToken cancellationToken)
    {
        var member = context.Member;
        if (other is not null && other.UserId != member.ExternalId)
        {
            var found = await members.FindMemberAsync(context.Actor.Platform, other.UserId, cancellationToken);
            if (found is null)
            {
                return (null, Notice.NotFound($"{other.DisplayName} has not answered any question yet."));
            }

            if (!MemberPrivacy.MaySeeStats(member, found))
            {
                return (null, new Notice(NoticeKind.Private, Text.Of("That member keeps their stats private.")));
            }

            member = found;
        }

        var stats = await GetAsync(member, context.TimeZone, cancellationToken);
        if (member.Id != context.Member.Id)
        {
            return (stats, null);
        }

        // The review plan (exam date, pace) and the mock exam estimates are the member's own: shown only to themselves.
        var plan = await plans.GetAsync(member.Id, context.TimeZone, cancellationToken);
        var mock = await mocks.ReadinessAsync(member.Id, cancellationToken);
        return ((plan is null ? stats : stats with { Review = ReviewPlanService.Describe(plan) }) with { Mock = mock }, null);
    }

    public async Task<StatsView> GetAsync(Member member, string? zoneId, CancellationToken cancellationToken)
    {
        var answers = await answerStore.ListMemberAnswersAsync(member.Id, null, cancellationToken);
        var weekStart = LocalTime.WeekStart(time.GetUtcNow(), zoneId);
        var exams = bank.Exams.All
            .Select(exam => ForExam(exam, answers))
            .Where(e => e.Answered > 0)
            .ToList();

        // The member's answers are all loaded already: only the channels' rounds are left to read, in one query.
        var channelIds = answers.Where(a => a.Kind == RoundKind.Daily && a.ChannelId is not null).Select(a => a.ChannelId!.Value).Distinct().ToList();
        var rounds = channelIds.Count == 0 ? [] : await roundStore.ListDailyRoundsAsync(channelIds, LeaderboardService.StreakHorizon, cancellationToken);
        var (current, longest) = leaderboards.BestStreaks(rounds, answers.Select(a => a.RoundId).ToHashSet());

        return new StatsView(
            member.Id,
            member.DisplayName,
            answers.Count,
            answers.Count(a => a.Correct),
            answers.Sum(a => a.Points),
            current,
            longest,
            answers.Count(a => a.AnsweredAt >= weekStart),
            member.HiddenFromBoards,
            exams,
            Notes: Notes(answers.Count, exams),
            ExternalId: member.ExternalId);
    }

    /// <summary>The weakest domain is named only when it trails the member's best by at least this share.</summary>
    public const double WeakestGap = 0.1;

    private static List<Text> Notes(int answered, IReadOnlyList<ExamStatView> exams)
    {
        var notes = new List<Text> { Text.Of("Streaks count the days in a row you answered the question of the day; quizzes do not change them.") };
        if (exams.Sum(e => e.Answered) > answered)
        {
            notes.Add(Text.Of($"{Wording.Answers(answered)} in all: a question that belongs to two exams counts under each exam, once in the total."));
        }

        return notes;
    }

    /// <summary>
    /// The domain to practise: the least accurate of those answered, only when it trails the best answered domain (a
    /// perfect score when it is the only one) by <see cref="WeakestGap"/> or more: every domain at 100% has no weakest.
    /// Ties go to the heavier domain.
    /// </summary>
    public static DomainStatView? Weakest(IReadOnlyList<DomainStatView> domains)
    {
        var answered = domains.Where(d => d.Answered > 0).ToList();
        if (answered.Count == 0)
        {
            return null;
        }

        // With one domain answered, the gap is to a perfect score.
        var weakest = answered.OrderBy(d => d.Accuracy).ThenByDescending(d => d.WeightPercent).First();
        var best = answered.Count == 1 ? 1.0 : answered.Max(d => d.Accuracy);
        return best - weakest.Accuracy >= WeakestGap - 1e-9 ? weakest : null;
    }

    /// <summary>Accuracy per domain of one exam over the given answers, its weakest domain and readiness.</summary>
    public ExamStatView ForExam(Exam exam, IReadOnlyList<Answer> answers)
    {
        var tagged = answers
            .Select(a => (Answer: a, Question: bank.Find(a.QuestionId)))
            .Where(x => x.Question is not null && x.Question.IsTaggedFor(exam.Code))
            .ToList();
        // Each question counts in one domain of the exam (the first it is tagged with), so the domains add up to the exam.
        int Primary(Question question) => question.Exams.First(e => string.Equals(e.Exam, exam.Code, StringComparison.OrdinalIgnoreCase)).Domain;
        var domains = exam.Domains.Select(d =>
        {
            var inDomain = tagged.Where(x => Primary(x.Question!) == d.Number).ToList();
            var correct = inDomain.Count(x => x.Answer.Correct);
            return new DomainStatView(d.Number, d.Name, d.WeightPercent, inDomain.Count, correct, inDomain.Count == 0 ? 0 : (double)correct / inDomain.Count);
        }).ToList();
        var weakest = Weakest(domains);
        return new ExamStatView(
            exam.Code,
            exam.Name,
            exam.PassMark,
            tagged.Count,
            domains,
            weakest,
            tagged.Count >= MinimumForReadiness ? Readiness(domains) : null,
            MinimumForReadiness,
            !exam.IsActive);
    }

    /// <summary>
    /// Accuracy weighted by the exam's domain weights on the 1,000 scale. A domain never answered counts as 0: nothing is
    /// known of it yet, and the estimate should not flatter.
    /// </summary>
    public static int Readiness(IReadOnlyList<DomainStatView> domains)
    {
        var totalWeight = domains.Sum(d => d.WeightPercent);
        var weighted = domains.Sum(d => d.WeightPercent * d.Accuracy);
        return totalWeight == 0 ? 0 : (int)Math.Round(1000 * weighted / totalWeight, MidpointRounding.AwayFromZero);
    }

    public async Task<Notice> SetPrivacyAsync(ActorContext context, bool hidden, CancellationToken cancellationToken)
    {
        await members.SetHiddenFromBoardsAsync(context.Member.Id, hidden, cancellationToken);
        return hidden
            ? Notice.Done("You are now hidden: boards, reveals and digests no longer name you, and others cannot see your stats. You still see your own.")
            : Notice.Done("You are visible on boards again.");
    }
}
