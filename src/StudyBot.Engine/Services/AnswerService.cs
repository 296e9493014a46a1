using Microsoft.Extensions.Logging;
using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Questions;
using StudyBot.Engine.Views;

namespace StudyBot.Engine.Services;

/// <summary>Records a member's answer to a round: first answer counts, nothing after close, graded exactly.</summary>
public sealed class AnswerService(
    IStudyStore store,
    QuestionBank bank,
    TimeProvider time,
    ILogger<AnswerService> logger)
{
    public async Task<AnswerResultView> SubmitAsync(long roundId, MemberRef who, IReadOnlyList<string> labels, CancellationToken cancellationToken)
    {
        // Who answers and what they answer are independent reads: one round trip's wait, not two.
        var memberTask = store.GetOrCreateMemberAsync(who.Platform, who.ExternalId, who.DisplayName, cancellationToken);
        var roundTask = store.FindRoundAsync(roundId, cancellationToken);
        await Task.WhenAll(memberTask, roundTask);
        return await SubmitAsync(roundId, await roundTask, await memberTask, labels, cancellationToken);
    }

    public async Task<AnswerResultView> SubmitAsync(long roundId, Member member, IReadOnlyList<string> labels, CancellationToken cancellationToken) =>
        await SubmitAsync(roundId, await store.FindRoundAsync(roundId, cancellationToken), member, labels, cancellationToken);

    private async Task<AnswerResultView> SubmitAsync(long roundId, Round? round, Member member, IReadOnlyList<string> labels, CancellationToken cancellationToken)
    {
        var question = round is null ? null : bank.Find(round.QuestionId);
        if (round is null || question is null)
        {
            return NotFound(roundId, "I can't find that question any more. Start a new one with /quiz or /daily.");
        }

        if (round.Kind == RoundKind.Quiz)
        {
            var quiz = round.QuizId is { } quizId ? await store.FindQuizAsync(quizId, cancellationToken) : null;
            if (quiz is null || quiz.MemberId != member.Id)
            {
                return NotFound(roundId, "This quiz belongs to someone else. Start your own with /quiz.");
            }
        }

        // Independent reads, so one round trip's wait instead of two: the channel's zone is only for the reply's wording.
        var existingTask = store.FindAnswerAsync(round.Id, member.Id, cancellationToken);
        var zoneTask = ZoneOfAsync(round, cancellationToken);
        await Task.WhenAll(existingTask, zoneTask);
        var existing = await existingTask;
        var zone = await zoneTask;
        if (existing is not null)
        {
            return Describe(AnswerOutcome.AlreadyAnswered, round, question, existing, zone);
        }

        var now = time.GetUtcNow();
        if (round.IsClosedAt(now))
        {
            return new AnswerResultView(
                AnswerOutcome.Closed,
                $"This question is closed. The answer was {Grader.DescribeCorrect(question, round.ChoiceOrder)}.",
                round.Id, [], true, null, 0,
                Grader.CorrectLabels(question, round.ChoiceOrder),
                Grader.DescribeCorrect(question, round.ChoiceOrder),
                question.Explanation);
        }

        var normalized = labels.Select(l => l.Trim().ToUpperInvariant()).ToList();
        var problem = Grader.Validate(question, round.ChoiceOrder, normalized);
        if (problem is not null)
        {
            return new AnswerResultView(AnswerOutcome.Invalid, problem, round.Id, normalized, false, null, 0, [], null, null);
        }

        var keys = Grader.ToKeys(round.ChoiceOrder, normalized);
        var correct = Grader.IsCorrect(question, keys);
        var answer = new Answer
        {
            RoundId = round.Id,
            MemberId = member.Id,
            Kind = round.Kind,
            ChannelId = round.ChannelId,
            CommunityId = round.CommunityId,
            QuestionId = question.Id,
            Choice = string.Join(',', keys),
            Correct = correct,
            Points = Grader.PointsFor(question, correct),
            AnsweredAt = now,
        };

        if (!await store.TryAddAnswerAsync(answer, cancellationToken))
        {
            // Another request from the same member won the race; its answer is the one that counts.
            var winner = await store.FindAnswerAsync(round.Id, member.Id, cancellationToken)
                ?? throw new InvalidOperationException($"Answer of member {member.Id} to round {round.Id} vanished after a unique-key conflict.");
            return Describe(AnswerOutcome.AlreadyAnswered, round, question, winner, zone);
        }

        logger.LogInformation("Member {MemberId} answered round {RoundId} ({Kind}): {Result}", member.Id, round.Id, round.Kind, correct ? "correct" : "wrong");
        return Describe(AnswerOutcome.Recorded, round, question, answer, zone);
    }

    private AnswerResultView Describe(AnswerOutcome outcome, Round round, Question question, Answer answer, string zone)
    {
        var chosen = Grader.ToLabels(round.ChoiceOrder, answer.Choice.Split(','));
        var chosenText = string.Join(question.Type == QuestionType.Ordering ? " → " : ", ", chosen);
        // A daily round keeps its key secret until the reveal; a quiz shows it at once.
        var reveal = round.Kind == RoundKind.Quiz || round.IsClosedAt(time.GetUtcNow());
        var correctText = Grader.DescribeCorrect(question, round.ChoiceOrder);
        string message;
        if (!reveal)
        {
            var closes = $"{LocalTime.FormatClock(round.ClosesAt, zone)}{(zone == "UTC" ? " UTC" : string.Empty)}";
            message = outcome == AnswerOutcome.Recorded
                ? $"Recorded {chosenText} — the answer is revealed at {closes}."
                : $"You already answered {chosenText}; your first answer stands. The answer is revealed at {closes}.";
        }
        else
        {
            var verdict = answer.Correct
                ? $"Correct! +{answer.Points} point{(answer.Points == 1 ? string.Empty : "s")}."
                : $"Not quite — the answer is {correctText}.";
            message = outcome == AnswerOutcome.Recorded
                ? verdict
                : $"You already answered {chosenText}; your first answer stands. {verdict}";
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
            reveal ? question.Explanation : null);
    }

    private async Task<string> ZoneOfAsync(Round round, CancellationToken cancellationToken) =>
        round.ChannelId is { } channelId && await store.FindChannelAsync(channelId, cancellationToken) is { } channel
            ? channel.TimeZone
            : "UTC";

    private static AnswerResultView NotFound(long roundId, string message) =>
        new(AnswerOutcome.NotFound, message, roundId, [], false, null, 0, [], null, null);
}
