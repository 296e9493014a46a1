using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace StudyBot.Engine.Answers;

/// <summary>Records a member's answer to a round: first answer counts, nothing after close, graded exactly.</summary>
public sealed class AnswerService(
    IAnswerStore answers,
    IRoundStore rounds,
    IQuizStore quizzes,
    IMemberStore members,
    IChannelStore channels,
    QuestionBank bank,
    TimeProvider time,
    ILogger<AnswerService> logger)
{
    public async Task<AnswerResultView> SubmitAsync(long roundId, Actor actor, IReadOnlyList<string> labels, CancellationToken cancellationToken)
    {
        var round = await FindRoundAsync(roundId, cancellationToken);
        if (round is null)
        {
            return NotFound(roundId, RoundGone);
        }

        return StudyBotMetrics.Answered(round, (await RecordAsync(round, actor, labels, cancellationToken)).View);
    }

    /// <summary>For a quiz step: the result with the member who answered, null when the click was refused before one was known.</summary>
    internal async Task<(AnswerResultView View, Member? Member)> SubmitForAsync(long roundId, Actor actor, IReadOnlyList<string> labels, CancellationToken cancellationToken)
    {
        var round = await FindRoundAsync(roundId, cancellationToken);
        if (round is null)
        {
            return (NotFound(roundId, RoundGone), null);
        }

        var (view, member) = await RecordAsync(round, actor, labels, cancellationToken);
        return (StudyBotMetrics.Answered(round, view), member);
    }

    /// <summary>
    /// The actor's recorded answer to a round, shown as it was when given (a rating click shows it again); NotFound, with no
    /// answer, when they have none there. Nothing is written.
    /// </summary>
    internal async Task<(AnswerResultView View, Answer? Answer)> ShowAsync(long roundId, Actor actor, CancellationToken cancellationToken)
    {
        var round = await FindRoundAsync(roundId, cancellationToken);
        if (round is null || bank.Find(round.QuestionId) is not { } question)
        {
            return (NotFound(roundId, RoundGone), null);
        }

        Answer? answer = null;
        foreach (var userId in actor.UserIds)
        {
            if (await members.FindMemberAsync(actor.Platform, userId, cancellationToken) is { } member
                && await answers.FindAnswerAsync(round.Id, member.Id, cancellationToken) is { } found)
            {
                answer = found;
                break;
            }
        }

        return answer is null
            ? (NotFound(round.Id, Text.Of("You have not answered this question, so there is nothing to rate.")), null)
            : (Describe(AnswerOutcome.Recorded, round, question, answer, await ZoneOfAsync(round, cancellationToken)), answer);
    }

    /// <summary>
    /// The round a click is for. An open daily round is kept for a few seconds, as a burst of clicks all read the same
    /// one; what can change about it meanwhile is only that it closes early, and the store refuses an answer to a closed
    /// round however old this copy is (see <see cref="IAnswerStore.TryAddAnswerAsync"/>). Callers only read it.
    /// </summary>
    public async Task<Round?> FindRoundAsync(long roundId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_rounds.TryGetValue(roundId, out var cached) && cached.Until > now && !cached.Round.IsClosedAt(now))
        {
            return cached.Round;
        }

        var round = await rounds.FindRoundAsync(roundId, cancellationToken);
        if (round is { Kind: RoundKind.Daily } && !round.IsClosedAt(now))
        {
            if (_rounds.Count >= MaxCachedRounds)
            {
                _rounds.Clear();
            }

            var until = now + RoundLifetime;
            _rounds[roundId] = (round, until < round.ClosesAt ? until : round.ClosesAt);
        }
        else
        {
            _rounds.TryRemove(roundId, out _);
        }

        return round;
    }

    /// <summary>For a caller that has just loaded the round (a daily click reads it to route the click): saves reading it twice.</summary>
    public async Task<AnswerResultView> SubmitAsync(Round round, Actor actor, IReadOnlyList<string> labels, CancellationToken cancellationToken) =>
        StudyBotMetrics.Answered(round, (await RecordAsync(round, actor, labels, cancellationToken)).View);

    /// <summary>A channel's settings changed: its zone is read afresh by the next click.</summary>
    public void ForgetChannel(long channelId) => _zones.TryRemove(channelId, out _);

    /// <summary>
    /// Grades and stores a click. The clicker is registered only when their answer is about to be stored: a refused click
    /// (someone else's quiz, a closed round, a label the question does not have) writes nothing, not even the member.
    /// </summary>
    private async Task<(AnswerResultView View, Member? Member)> RecordAsync(Round round, Actor actor, IReadOnlyList<string> labels, CancellationToken cancellationToken)
    {
        var question = bank.Find(round.QuestionId);
        if (question is null)
        {
            return (NotFound(round.Id, RoundGone), null);
        }

        var now = time.GetUtcNow();
        var normalized = labels.Select(l => l.Trim().ToUpperInvariant()).ToList();
        var problem = Grader.Validate(question, round.ChoiceOrder, normalized);
        var refused = round.IsClosedAt(now) || problem is not null;

        Member? member;
        if (round.Kind == RoundKind.Quiz)
        {
            // Only the quiz's owner may answer it, and the owner is a member already.
            var quiz = round.QuizId is { } quizId ? await quizzes.FindQuizAsync(quizId, cancellationToken) : null;
            member = quiz is null ? null : await members.FindMemberAsync(quiz.MemberId, cancellationToken);
            if (member is null || member.Platform != actor.Platform || !actor.UserIds.Contains(member.ExternalId, StringComparer.Ordinal))
            {
                return (NotFound(round.Id, Text.Of("This quiz belongs to someone else. Start your own with ", CommandRef.Of(CommandNames.Quiz), ".")), null);
            }

            if (!refused && actor.DisplayName.Length > 0 && member.DisplayName != actor.DisplayName)
            {
                member = await members.EnsureMemberAsync(actor.Platform, member.ExternalId, actor.DisplayName, cancellationToken);
            }
        }
        else
        {
            member = refused
                ? await members.FindMemberAsync(actor.Platform, actor.UserId, cancellationToken)
                : await members.EnsureMemberAsync(actor.Platform, actor.UserId, actor.DisplayName, cancellationToken);
        }

        // A first answer to an open round goes straight to the insert, whose unique key catches a repeat; otherwise a
        // recorded answer is looked up first, as it takes precedence over "closed" and "invalid".
        if (refused && member is not null && await answers.FindAnswerAsync(round.Id, member.Id, cancellationToken) is { } existing)
        {
            return (Describe(AnswerOutcome.AlreadyAnswered, round, question, existing, await ZoneOfAsync(round, cancellationToken)), member);
        }

        if (round.IsClosedAt(now))
        {
            return (ClosedResult(round, question), member);
        }

        if (problem is not null)
        {
            return (new AnswerResultView(AnswerOutcome.Invalid, Text.Of(problem), round.Id, normalized, false, null, 0, [], null, null), member);
        }

        var answerer = member ?? throw new InvalidOperationException($"A click on round {round.Id} was accepted without a member.");
        var keys = Grader.ToKeys(round.ChoiceOrder, normalized);
        var correct = Grader.IsCorrect(question, keys);
        var answer = new Answer
        {
            RoundId = round.Id,
            MemberId = answerer.Id,
            Kind = round.Kind,
            ChannelId = round.ChannelId,
            CommunityId = round.CommunityId,
            QuestionId = question.Id,
            Keys = keys,
            Correct = correct,
            Points = Grader.PointsFor(question, correct),
            AnsweredAt = now,
        };

        if (!await answers.TryAddAnswerAsync(answer, cancellationToken))
        {
            // Another request from the same member won the race, and its answer is the one that counts; or the round
            // was closed after this click read it.
            if (await answers.FindAnswerAsync(round.Id, answerer.Id, cancellationToken) is { } winner)
            {
                return (Describe(AnswerOutcome.AlreadyAnswered, round, question, winner, await ZoneOfAsync(round, cancellationToken)), answerer);
            }

            _rounds.TryRemove(round.Id, out _);
            var fresh = await rounds.FindRoundAsync(round.Id, cancellationToken);
            if (fresh is null || fresh.ClosedAt is null)
            {
                throw new InvalidOperationException($"Round {round.Id} refused the answer of member {answerer.Id}, yet holds none of theirs and is not closed.");
            }

            return (ClosedResult(fresh, question), answerer);
        }

        logger.LogInformation("Member {MemberId} answered round {RoundId} ({Kind}): {Result}", answerer.Id, round.Id, round.Kind, correct ? "correct" : "wrong");
        return (Describe(AnswerOutcome.Recorded, round, question, answer, await ZoneOfAsync(round, cancellationToken)), answerer);
    }

    private static AnswerResultView ClosedResult(Round round, Question question) => new(
        AnswerOutcome.Closed,
        Text.Of($"This question is closed. The answer was {Grader.DescribeCorrect(question, round.ChoiceOrder)}."),
        round.Id, [], true, null, 0,
        Grader.CorrectLabels(question, round.ChoiceOrder),
        Grader.DescribeCorrect(question, round.ChoiceOrder),
        question.Explanation);

    private AnswerResultView Describe(AnswerOutcome outcome, Round round, Question question, Answer answer, string zone)
    {
        var chosen = Grader.ToLabels(round.ChoiceOrder, answer.Keys);
        var chosenText = Grader.DescribeChosen(question.Type, chosen);
        // A daily round keeps its key secret until the reveal; a quiz shows it at once.
        var reveal = round.Kind == RoundKind.Quiz || round.IsClosedAt(time.GetUtcNow());
        var correctText = Grader.DescribeCorrect(question, round.ChoiceOrder);
        Text message;
        if (!reveal)
        {
            var closes = new TimePart(round.ClosesAt, zone);
            message = outcome == AnswerOutcome.Recorded
                ? Text.Of($"Recorded {chosenText}. The answer is revealed at ", closes, ".")
                : Text.Of($"You already answered {chosenText}; your first answer stands. The answer is revealed at ", closes, ".");
        }
        else
        {
            // A wrong answer says what the member chose next to the key; the adapters add the verdict's mark.
            var verdict = answer.Correct
                ? $"Correct! +{Wording.Points(answer.Points)}."
                : $"You chose {chosenText} · the answer is {correctText}.";
            message = outcome == AnswerOutcome.Recorded
                ? Text.Of(verdict)
                : Text.Of(answer.Correct ? $"You already answered {chosenText}; your first answer stands. {verdict}" : $"You already answered; your first answer stands. {verdict}");
        }

        return new AnswerResultView(
            outcome,
            message,
            round.Id,
            chosen,
            reveal,
            reveal ? answer.Correct : null,
            reveal ? answer.Points : 0,
            reveal ? Grader.CorrectLabels(question, round.ChoiceOrder) : [],
            reveal ? correctText : null,
            reveal ? question.Explanation : null,
            reveal && answer.Correct ? ReviewRating.Good : null);
    }

    // The channel's zone only words the reveal time in the reply ("revealed at 17:00"); it is read once a minute per
    // channel rather than on every click, so a burst of clicks on one daily question costs one read, not one each.
    private static readonly TimeSpan ZoneLifetime = TimeSpan.FromMinutes(1);
    private const int MaxCachedZones = 50_000;
    private readonly ConcurrentDictionary<long, (string Zone, DateTimeOffset Until)> _zones = new();

    private async Task<string> ZoneOfAsync(Round round, CancellationToken cancellationToken)
    {
        if (round.ChannelId is not { } channelId)
        {
            return "UTC";
        }

        var now = time.GetUtcNow();
        if (_zones.TryGetValue(channelId, out var cached) && cached.Until > now)
        {
            return cached.Zone;
        }

        var zone = await channels.FindChannelAsync(channelId, cancellationToken) is { } channel ? channel.TimeZone : "UTC";
        if (_zones.Count >= MaxCachedZones)
        {
            _zones.Clear();
        }

        _zones[channelId] = (zone, now + ZoneLifetime);
        return zone;
    }

    private static readonly TimeSpan RoundLifetime = TimeSpan.FromSeconds(10);
    private const int MaxCachedRounds = 10_000;
    private readonly ConcurrentDictionary<long, (Round Round, DateTimeOffset Until)> _rounds = new();

    private static readonly Text RoundGone = Text.Of("I can't find that question any more. Start a new one with ", CommandRef.Of(CommandNames.Quiz), " or ", CommandRef.Of(CommandNames.Daily), ".");

    private static AnswerResultView NotFound(long roundId, Text message) =>
        new(AnswerOutcome.NotFound, message, roundId, [], false, null, 0, [], null, null);
}
