using Microsoft.Extensions.Logging;

namespace StudyBot.Engine.Flags;

/// <summary>What a re-grade did: whether it was written, the resolution stored, and the members whose points went up or down.</summary>
public sealed record RegradeOutcome(RegradeWrite Write, FlagResolution Resolution, IReadOnlyList<long> Gained, IReadOnlyList<long> Lost);

/// <summary>
/// Grades the stored answers to one version of a question again, in one community (or among the rounds without one):
/// with a corrected key (points and correctness follow; streaks count answers, not points, so they stay), or voided (its
/// points removed). The review cards built from those answers are recomputed from their log. Everything is written in one
/// transaction, and it is idempotent: answers already graded so are left alone, so running it again changes nothing.
/// Each channel whose daily question it was gets one notice, naming only members who are not hidden from boards.
/// </summary>
public sealed class RegradeService(
    IFlagStore flags,
    IReviewStore reviews,
    IMemberStore members,
    IChannelStore channels,
    IEnumerable<IChannelPublisher> publishers,
    TimeProvider time,
    ILogger<RegradeService> logger)
{
    private const int Attempts = 3;

    /// <summary>At most this many members are named in a channel notice; the rest are counted.</summary>
    public const int MaxNamed = 10;

    public async Task<RegradeOutcome> RegradeAsync(
        long? communityId,
        Question question,
        string version,
        FlagAction action,
        IReadOnlyList<string> answer,
        string note,
        long? resolvedBy,
        string? onceKey,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (regrade, gained, lost, changedAnswers) = await PlanAsync(communityId, question, version, action, answer, note, resolvedBy, onceKey, cancellationToken);
            var write = await flags.ApplyAsync(regrade, cancellationToken);
            if (write == RegradeWrite.CardMoved && attempt < Attempts)
            {
                continue;
            }

            if (write == RegradeWrite.Applied)
            {
                logger.LogInformation("Re-graded {QuestionId} version {Version} in community {CommunityId} ({Action}): {Changed} answers changed, {Gained} members gained, {Lost} lost, {Cards} review cards recomputed",
                    question.Id, version, communityId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)", action, regrade.Answers.Count, gained.Count, lost.Count, regrade.Cards.Count);
                await NotifyAsync(action, changedAnswers, gained, lost, cancellationToken);
            }
            else
            {
                logger.LogInformation("Re-grade of {QuestionId} version {Version} in community {CommunityId} not written: {Write}", question.Id, version, communityId, write);
            }

            return new RegradeOutcome(write, regrade.Resolution, gained, lost);
        }
    }

    private async Task<(Regrade Regrade, IReadOnlyList<long> Gained, IReadOnlyList<long> Lost, IReadOnlyList<(Answer Before, AnswerRegrade After)> Changed)> PlanAsync(
        long? communityId, Question question, string version, FlagAction action, IReadOnlyList<string> answer, string note, long? resolvedBy, string? onceKey, CancellationToken cancellationToken)
    {
        var graded = question with { Answer = answer.Count > 0 ? answer : question.Answer };
        var stored = (await flags.ListVersionAnswersAsync(question.Id, version, cancellationToken)).Where(a => a.CommunityId == communityId).ToList();
        var changed = new List<(Answer Before, AnswerRegrade After)>();
        foreach (var a in stored)
        {
            var (correct, points) = action switch
            {
                FlagAction.Void => (a.Correct, 0),
                FlagAction.FixKey or FlagAction.BankKey => Grade(graded, a.Keys),
                _ => (a.Correct, a.Points),
            };
            if (correct != a.Correct || points != a.Points)
            {
                changed.Add((a, new AnswerRegrade(a.Id, correct, points)));
            }
        }

        var byMember = changed.GroupBy(c => c.Before.MemberId).Select(g => (Member: g.Key, Delta: g.Sum(c => c.After.Points - c.Before.Points))).ToList();
        var gained = byMember.Where(m => m.Delta > 0).Select(m => m.Member).ToList();
        var lost = byMember.Where(m => m.Delta < 0).Select(m => m.Member).ToList();
        var cards = await CardsAsync(question.Id, action, stored, changed, cancellationToken);
        var resolution = new FlagResolution
        {
            CommunityId = communityId,
            QuestionId = question.Id,
            QuestionVersion = version,
            Action = action,
            Answer = action is FlagAction.FixKey or FlagAction.BankKey ? graded.Answer : [],
            Note = note,
            ResolvedByMemberId = resolvedBy,
            ResolvedAt = time.GetUtcNow(),
            Gained = gained.Count,
            Lost = lost.Count,
            OnceKey = onceKey,
        };
        return (new Regrade(resolution, changed.Select(c => c.After).ToList(), cards), gained, lost, changed);
    }

    private static (bool Correct, int Points) Grade(Question graded, IReadOnlyList<string> keys)
    {
        var correct = Grader.IsCorrect(graded, keys);
        return (correct, Grader.PointsFor(graded, correct));
    }

    /// <summary>
    /// The cards whose log holds a review from an answer whose grade changed (its rating follows: right is Good, wrong is
    /// Again) or, for a void, from any answer of the voided version (that review is taken out), each replayed from its log.
    /// </summary>
    private async Task<IReadOnlyList<CardRewrite>> CardsAsync(string questionId, FlagAction action, IReadOnlyList<Answer> stored, IReadOnlyList<(Answer Before, AnswerRegrade After)> changed, CancellationToken cancellationToken)
    {
        var newRatings = action == FlagAction.Void
            ? new Dictionary<long, ReviewRating?>()
            : changed.Where(c => c.After.Correct != c.Before.Correct).ToDictionary(c => c.Before.Id, c => (ReviewRating?)(c.After.Correct ? ReviewRating.Good : ReviewRating.Again));
        if (action == FlagAction.Void)
        {
            foreach (var a in stored)
            {
                newRatings[a.Id] = null;
            }
        }

        var memberIds = stored.Where(a => newRatings.ContainsKey(a.Id)).Select(a => a.MemberId).Distinct().ToList();
        if (memberIds.Count == 0)
        {
            return [];
        }

        var logs = await flags.ListCardReviewsAsync(memberIds, questionId, cancellationToken);
        var rewrites = new List<CardRewrite>();
        foreach (var group in logs.GroupBy(r => r.MemberId))
        {
            var log = group.ToList();
            var rewritten = new List<ReviewEvent>();
            var touched = false;
            foreach (var review in log)
            {
                if (review.AnswerId is { } id && newRatings.TryGetValue(id, out var rating))
                {
                    touched = true;
                    if (rating is { } r)
                    {
                        rewritten.Add(review with { Rating = r });
                    }
                }
                else
                {
                    rewritten.Add(review);
                }
            }

            if (!touched)
            {
                continue;
            }

            var settings = await reviews.GetSettingsAsync(group.Key, cancellationToken);
            var current = await reviews.FindCardAsync(group.Key, questionId, cancellationToken);
            var (card, replayed) = ReviewReplay.Run(settings, rewritten);
            rewrites.Add(new CardRewrite(group.Key, questionId, current?.Memory.Reps ?? 0, card, replayed));
        }

        return rewrites;
    }

    private async Task NotifyAsync(FlagAction action, IReadOnlyList<(Answer Before, AnswerRegrade After)> changed, IReadOnlyList<long> gained, IReadOnlyList<long> lost, CancellationToken cancellationToken)
    {
        foreach (var channelGroup in changed.Where(c => c.Before.Kind == RoundKind.Daily && c.Before.ChannelId is not null).GroupBy(c => c.Before.ChannelId!.Value))
        {
            var channel = await channels.FindChannelAsync(channelGroup.Key, cancellationToken);
            if (channel is not { Active: true } || publishers.FirstOrDefault(p => p.Platform == channel.Platform) is not { } publisher)
            {
                continue;
            }

            var here = channelGroup.Select(c => c.Before.MemberId).ToHashSet();
            var up = await NamesAsync(gained.Where(here.Contains).ToList(), cancellationToken);
            var down = await NamesAsync(lost.Where(here.Contains).ToList(), cancellationToken);
            var text = Describe(action, up, down);
            try
            {
                await publisher.PublishNoticeAsync(channel, text, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The scores are corrected whether or not the platform takes the notice.
                logger.LogWarning(ex, "The re-grade notice could not be posted in channel {ChannelId}", channel.Id);
            }
        }
    }

    private async Task<(int Count, IReadOnlyList<string> Named)> NamesAsync(IReadOnlyList<long> memberIds, CancellationToken cancellationToken)
    {
        var named = new List<string>();
        foreach (var id in memberIds)
        {
            if (named.Count < MaxNamed && await members.FindMemberAsync(id, cancellationToken) is { HiddenFromBoards: false, DisplayName.Length: > 0 } member)
            {
                named.Add(member.DisplayName);
            }
        }

        return (memberIds.Count, named);
    }

    /// <summary>The channel's notice: what happened and how many gained or lost points, with the names of those not hidden.</summary>
    public static Text Describe(FlagAction action, (int Count, IReadOnlyList<string> Named) gained, (int Count, IReadOnlyList<string> Named) lost)
    {
        var what = action == FlagAction.Void
            ? "A recent question of the day was withdrawn, so its points were taken off the board"
            : "A recent question of the day had a wrong key, so its scores were corrected";
        var parts = new List<string>();
        if (gained.Count > 0)
        {
            parts.Add($"{Members(gained.Count)} gained points{Named(gained)}");
        }

        if (lost.Count > 0)
        {
            parts.Add($"{Members(lost.Count)} lost points{Named(lost)}");
        }

        return Text.Of(what + (parts.Count == 0 ? "." : ": " + string.Join("; ", parts) + "."));
    }

    private static string Members(int count) => count == 1 ? "1 member" : $"{count} members";

    private static string Named((int Count, IReadOnlyList<string> Named) group)
    {
        if (group.Named.Count == 0)
        {
            return string.Empty;
        }

        var others = group.Count - group.Named.Count;
        return $" ({string.Join(", ", group.Named)}{(others > 0 ? $" and {others} more" : string.Empty)})";
    }
}
