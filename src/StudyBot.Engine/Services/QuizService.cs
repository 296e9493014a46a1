using StudyBot.Engine.Telemetry;
using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Questions;
using StudyBot.Engine.Views;

namespace StudyBot.Engine.Services;

/// <summary>Personal quizzes: a fixed set of questions, one at a time, and a summary at the end.</summary>
public sealed class QuizService(
    IStudyStore store,
    QuestionBank bank,
    QuestionSelector selector,
    AnswerService answers,
    RoundPresenter presenter,
    IRandomSource random,
    TimeProvider time)
{
    public const int MaxCount = 20;
    public const int DefaultCount = 5;

    /// <summary>How long one quiz question stays open.</summary>
    public static readonly TimeSpan QuestionLifetime = TimeSpan.FromHours(24);

    public async Task<QuizStart> StartAsync(QuizRequest request, CancellationToken cancellationToken)
    {
        if (request.Count is < 1 or > MaxCount)
        {
            return new QuizStart(0, null, $"A quiz has 1 to {MaxCount} questions; {request.Count} is out of range.");
        }

        string? examCode = null;
        if (!string.IsNullOrWhiteSpace(request.Exam))
        {
            var exam = bank.Exams.Find(request.Exam);
            if (exam is null)
            {
                return new QuizStart(0, null, $"'{request.Exam}' is not an exam I know. Try {bank.Exams.Describe()}.");
            }

            examCode = exam.Code;
            if (request.Domain is { } d && exam.FindDomain(d) is null)
            {
                return new QuizStart(0, null, $"{exam.Code} has domains 1 to {exam.Domains.Count}; {d} is not one of them.");
            }
        }
        else if (request.Domain is not null)
        {
            return new QuizStart(0, null, "Choose an exam to go with a domain, e.g. exam AIF-C01 domain 2.");
        }

        var member = await store.GetOrCreateMemberAsync(request.Member.Platform, request.Member.ExternalId, request.Member.DisplayName, cancellationToken);
        var usage = await store.GetMemberQuestionUsageAsync(member.Id, cancellationToken);
        var questions = selector.PickMany(examCode, request.Domain, usage, request.Count);
        if (questions.Count == 0)
        {
            return new QuizStart(0, null, "There are no questions for that choice yet.");
        }

        var quiz = await store.AddQuizAsync(new Quiz
        {
            MemberId = member.Id,
            Platform = request.Member.Platform,
            ChannelId = request.ChannelId,
            CommunityId = request.CommunityId,
            Exam = examCode,
            Domain = request.Domain,
            QuestionIds = string.Join(',', questions.Select(q => q.Id)),
            StartedAt = time.GetUtcNow(),
        }, cancellationToken);

        var first = await OpenItemAsync(quiz, 1, cancellationToken);
        return StudyBotMetrics.QuizStarted(request.Member.Platform, new QuizStart(quiz.Id, presenter.Present(first, 0, null, quiz.QuestionIdList.Count), null));
    }

    /// <summary>Records the answer to a quiz item and moves on. Repeating a click returns the same step and scores nothing.</summary>
    public async Task<QuizStepView> AnswerAsync(long roundId, MemberRef who, IReadOnlyList<string> labels, CancellationToken cancellationToken)
    {
        var member = await store.GetOrCreateMemberAsync(who.Platform, who.ExternalId, who.DisplayName, cancellationToken);
        var result = await answers.SubmitAsync(roundId, member, labels, cancellationToken);
        if (result.Outcome is not (AnswerOutcome.Recorded or AnswerOutcome.AlreadyAnswered))
        {
            return new QuizStepView(result, null, null);
        }

        var round = await store.FindRoundAsync(roundId, cancellationToken);
        var quiz = round?.QuizId is { } quizId ? await store.FindQuizAsync(quizId, cancellationToken) : null;
        if (round is null || quiz is null)
        {
            return new QuizStepView(result, null, null);
        }

        var total = quiz.QuestionIdList.Count;
        var position = round.Sequence ?? total;
        if (position < total)
        {
            var next = await OpenItemAsync(quiz, position + 1, cancellationToken);
            var nextAnswer = await store.FindAnswerAsync(next.Id, member.Id, cancellationToken);
            return new QuizStepView(result, presenter.Present(next, nextAnswer is null ? 0 : 1, null, total), null);
        }

        return new QuizStepView(result, null, await SummarizeAsync(quiz, member.Id, cancellationToken));
    }

    private async Task<Round> OpenItemAsync(Quiz quiz, int position, CancellationToken cancellationToken)
    {
        var question = bank.Get(quiz.QuestionIdList[position - 1]);
        var now = time.GetUtcNow();
        var (round, _) = await store.AddRoundOrGetExistingAsync(new Round
        {
            Kind = RoundKind.Quiz,
            QuizId = quiz.Id,
            ChannelId = quiz.ChannelId,
            CommunityId = quiz.CommunityId,
            Sequence = position,
            QuestionId = question.Id,
            ChoiceOrder = Grader.Shuffle(question, random),
            OpensAt = now,
            ClosesAt = now + QuestionLifetime,
        }, cancellationToken);
        return round;
    }

    private async Task<QuizSummaryView> SummarizeAsync(Quiz quiz, long memberId, CancellationToken cancellationToken)
    {
        if (quiz.FinishedAt is null)
        {
            quiz.FinishedAt = time.GetUtcNow();
            await store.UpdateQuizAsync(quiz, cancellationToken);
        }

        var rounds = await store.ListQuizRoundsAsync(quiz.Id, cancellationToken);
        var given = (await store.ListAnswersForRoundsAsync(rounds.Select(r => r.Id).ToList(), [memberId], cancellationToken))
            .ToDictionary(a => a.RoundId);
        var correct = 0;
        var points = 0;
        var maxPoints = 0;
        var missed = new List<MissedQuestionView>();
        foreach (var round in rounds.OrderBy(r => r.Sequence))
        {
            var question = bank.Get(round.QuestionId);
            maxPoints += question.Points;
            if (given.TryGetValue(round.Id, out var answer) && answer.Correct)
            {
                correct++;
                points += answer.Points;
            }
            else
            {
                missed.Add(new MissedQuestionView(question.Id, question.Prompt, Grader.DescribeCorrect(question, round.ChoiceOrder), question.Explanation));
            }
        }

        return new QuizSummaryView(quiz.Id, correct, rounds.Count, points, maxPoints, quiz.FinishedAt.Value - quiz.StartedAt, missed);
    }
}
