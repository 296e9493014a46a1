namespace StudyBot.Engine.Quizzes;

/// <summary>Personal quizzes: a fixed set of questions, one at a time, and a summary at the end.</summary>
public sealed class QuizService(
    IQuizStore quizzes,
    IRoundStore rounds,
    IAnswerStore answerStore,
    ActorResolver actors,
    QuestionBank bank,
    QuestionSelector selector,
    AnswerService answers,
    RoundPresenter presenter,
    IRandomSource random,
    TimeProvider time,
    FlagService flags)
{
    public const int MaxCount = 20;
    public const int DefaultCount = 5;

    /// <summary>How long one quiz question stays open.</summary>
    public static readonly TimeSpan QuestionLifetime = TimeSpan.FromHours(24);

    public async Task<QuizStart> StartAsync(Actor actor, QuizRequest request, CancellationToken cancellationToken)
    {
        if (request.Count is < 1 or > MaxCount)
        {
            return new QuizStart(0, null, Notice.Invalid($"A quiz has 1 to {MaxCount} questions; {request.Count} is out of range."));
        }

        string? examCode = null;
        if (!string.IsNullOrWhiteSpace(request.Exam))
        {
            var exam = bank.Exams.Find(request.Exam);
            if (exam is null)
            {
                return new QuizStart(0, null, Vocabulary.UnknownExam(request.Exam, bank.Exams, allowAll: false));
            }

            examCode = exam.Code;
            if (request.Domain is { } d && exam.FindDomain(d) is null)
            {
                return new QuizStart(0, null, Notice.Invalid($"{exam.Code} has domains 1 to {exam.Domains.Count}; {d} is not one of them."));
            }
        }
        else if (request.Domain is not null)
        {
            return new QuizStart(0, null, Notice.Invalid("Choose an exam to go with a domain, for example ",
                CommandRef.Of(CommandNames.Quiz, (CommandNames.Exam, "AIF-C01"), (CommandNames.Domain, request.Domain.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))), "."));
        }

        var context = await actors.ResolveAsync(actor, cancellationToken);
        var member = context.Member;
        var usage = await answerStore.GetMemberQuestionUsageAsync(member.Id, cancellationToken);
        var questions = selector.PickMany(examCode, request.Domain, usage, request.Count, await flags.ExcludedAsync(context.Community?.Id, cancellationToken));
        if (questions.Count == 0)
        {
            return new QuizStart(0, null, Notice.NotFound("There are no questions for that choice yet."));
        }

        return StudyBotMetrics.QuizStarted(actor.Platform, await BeginAsync(actor, context, questions.Select(q => q.Id).ToList(), examCode, request.Domain, QuizPurpose.Practice, cancellationToken));
    }

    /// <summary>A review session: the given due questions, asked one at a time like a quiz (their answers are the deck's reviews).</summary>
    public Task<QuizStart> StartReviewAsync(Actor actor, ActorContext context, IReadOnlyList<string> questionIds, CancellationToken cancellationToken) =>
        BeginAsync(actor, context, questionIds, null, null, QuizPurpose.Review, cancellationToken);

    private async Task<QuizStart> BeginAsync(Actor actor, ActorContext context, IReadOnlyList<string> questionIds, string? examCode, int? domain, QuizPurpose purpose, CancellationToken cancellationToken)
    {
        var quiz = await quizzes.AddQuizAsync(new Quiz
        {
            MemberId = context.Member.Id,
            Platform = actor.Platform,
            ChannelId = context.Channel?.Id,
            CommunityId = context.Community?.Id,
            Exam = examCode,
            Domain = domain,
            QuestionIds = questionIds,
            Purpose = purpose,
            StartedAt = time.GetUtcNow(),
        }, cancellationToken);

        var first = await OpenItemAsync(quiz, 1, cancellationToken);
        return new QuizStart(quiz.Id, presenter.Present(first, 0, null, quiz.QuestionIds.Count), null);
    }

    /// <summary>A quiz item as shown (for an adapter that builds an answer step by step); null when it is no quiz item.</summary>
    public async Task<RoundView?> ItemAsync(long roundId, CancellationToken cancellationToken)
    {
        var round = await rounds.FindRoundAsync(roundId, cancellationToken);
        if (round is not { Kind: RoundKind.Quiz, QuizId: { } quizId } || bank.Find(round.QuestionId) is null)
        {
            return null;
        }

        var quiz = await quizzes.FindQuizAsync(quizId, cancellationToken);
        return presenter.Present(round, 0, null, quiz?.QuestionIds.Count);
    }

    /// <summary>Records the answer to a quiz item and moves on. Repeating a click returns the same step and scores nothing.</summary>
    public async Task<QuizStepView> AnswerAsync(long roundId, Actor actor, IReadOnlyList<string> labels, CancellationToken cancellationToken)
    {
        var (result, member) = await answers.SubmitForAsync(roundId, actor, labels, cancellationToken);
        if (result.Outcome is not (AnswerOutcome.Recorded or AnswerOutcome.AlreadyAnswered) || member is null)
        {
            return new QuizStepView(result, null, null);
        }

        return await ContinueAsync(roundId, result, member.Id, cancellationToken);
    }

    /// <summary>The step after the member's answer to a quiz item: the result, then the next item or, after the last, the summary.</summary>
    internal async Task<QuizStepView> ContinueAsync(long roundId, AnswerResultView result, long memberId, CancellationToken cancellationToken)
    {
        var round = await rounds.FindRoundAsync(roundId, cancellationToken);
        var quiz = round is { Kind: RoundKind.Quiz, QuizId: { } quizId } ? await quizzes.FindQuizAsync(quizId, cancellationToken) : null;
        if (round is null || quiz is null)
        {
            return new QuizStepView(result, null, null);
        }

        var total = quiz.QuestionIds.Count;
        var position = round.Sequence ?? total;
        if (position < total)
        {
            var next = await OpenItemAsync(quiz, position + 1, cancellationToken);
            var nextAnswer = await answerStore.FindAnswerAsync(next.Id, memberId, cancellationToken);
            return new QuizStepView(result, presenter.Present(next, nextAnswer is null ? 0 : 1, null, total), null);
        }

        return new QuizStepView(result, null, await SummarizeAsync(quiz, memberId, cancellationToken));
    }

    private async Task<Round> OpenItemAsync(Quiz quiz, int position, CancellationToken cancellationToken)
    {
        var question = bank.Get(quiz.QuestionIds[position - 1]);
        var now = time.GetUtcNow();
        var (round, _) = await rounds.AddRoundOrGetExistingAsync(new Round
        {
            Kind = RoundKind.Quiz,
            QuizId = quiz.Id,
            ChannelId = quiz.ChannelId,
            CommunityId = quiz.CommunityId,
            Sequence = position,
            QuestionId = question.Id,
            ChoiceOrder = Grader.Shuffle(question, random),
            QuestionVersion = QuestionVersions.Of(question),
            OpensAt = now,
            ClosesAt = now + QuestionLifetime,
        }, cancellationToken);
        return round;
    }

    private async Task<QuizSummaryView> SummarizeAsync(Quiz quiz, long memberId, CancellationToken cancellationToken)
    {
        if (quiz.FinishedAt is null)
        {
            quiz = await quizzes.FinishQuizAsync(quiz.Id, time.GetUtcNow(), cancellationToken) ?? quiz with { FinishedAt = time.GetUtcNow() };
        }

        var items = await rounds.ListQuizRoundsAsync(quiz.Id, cancellationToken);
        var given = (await answerStore.ListAnswersForRoundsAsync(items.Select(r => r.Id).ToList(), [memberId], cancellationToken))
            .ToDictionary(a => a.RoundId);
        var correct = 0;
        var points = 0;
        var maxPoints = 0;
        var missed = new List<MissedQuestionView>();
        foreach (var round in items.OrderBy(r => r.Sequence))
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
                missed.Add(new MissedQuestionView(question.Id, question.Prompt, AnswerWording.CorrectTexts(question), question.Explanation));
            }
        }

        return new QuizSummaryView(quiz.Id, correct, items.Count, points, maxPoints, quiz.FinishedAt!.Value - quiz.StartedAt, missed);
    }
}
