using System.Globalization;
using Microsoft.Extensions.Logging;

namespace StudyBot.Engine.Mock;

/// <summary>
/// Timed mock exams like the real one: the exam's question count, time limit and domain weights from the catalog, no
/// feedback until the end, flag, skip and go back, one attempt in progress per member that resumes where it was (all state
/// is in the store), and at the time limit it submits itself: lazily on the member's next step, and for an attempt left
/// alone by <see cref="SweepAsync"/> (a scheduled job). The report estimates the scaled score and sends every question of
/// the attempt into the member's review deck (a miss as Again, a right answer as Good), once.
/// </summary>
public sealed class MockService(
    IMockStore store,
    IMemberStore members,
    IAnswerStore answers,
    IReviewStore reviewStore,
    ReviewService reviews,
    QuestionBank bank,
    IRandomSource random,
    IEnumerable<IDigestChart> charts,
    TimeProvider time,
    ILogger<MockService> logger)
{
    /// <summary>
    /// The question types a mock asks when the exam uses them: those every surface can show. Matching questions are left
    /// out until each surface renders their items.
    /// </summary>
    public static readonly IReadOnlySet<QuestionType> AskedTypes = new HashSet<QuestionType> { QuestionType.Single, QuestionType.Multiple, QuestionType.Ordering };

    /// <summary>How many recent attempts count as "seen recently" when drawing.</summary>
    public const int RecentAttempts = 3;

    /// <summary>Attempts listed by <c>mock history</c>.</summary>
    public const int HistoryLength = 10;

    /// <summary>Attempts one sweep handles.</summary>
    public const int SweepBatch = 100;

    /// <summary>
    /// Starts a mock of the exam, or resumes the attempt in progress (whatever exam was asked: one at a time). An attempt
    /// whose time ran out while the member was away is submitted and its report shown.
    /// </summary>
    public async Task<CommandResult> StartAsync(ActorContext context, string? examCode, CancellationToken cancellationToken)
    {
        var member = context.Member;
        if (await store.FindOpenAttemptAsync(member.Id, cancellationToken) is { } open)
        {
            var (current, currentItems) = await CurrentAsync(open, cancellationToken);
            return current.IsOpen
                ? Question(current, currentItems, current.Position, Text.Of($"Resuming your {current.Exam} mock where you left it; it was started before and its clock kept running."))
                : Report(current, currentItems, Text.Of($"Your {current.Exam} mock reached its time limit while you were away and was submitted with the answers you had given."), justEnded: true);
        }

        if (string.IsNullOrWhiteSpace(examCode))
        {
            return new NoticeResult(Notice.Invalid("Choose the exam to mock, for example ", StartRef(bank.Exams.Active.FirstOrDefault()?.Code ?? "AIF-C01"), "."));
        }

        var exam = bank.Exams.Find(examCode);
        if (exam is null)
        {
            return new NoticeResult(Vocabulary.UnknownExam(examCode, bank.Exams, allowAll: false));
        }

        var count = exam.ScoredQuestions + exam.UnscoredQuestions;
        var candidates = bank.Filter(exam.Code, null).Where(q => AskedTypes.Contains(q.Type) && UsesType(exam, q.Type)).ToList();
        var usage = await answers.GetMemberQuestionUsageAsync(member.Id, cancellationToken);
        var drawn = new MockDraw(random).Draw(exam, candidates, count, usage, await RecentQuestionsAsync(member.Id, cancellationToken));
        if (drawn.Count == 0)
        {
            return new NoticeResult(Notice.NotFound($"There are no {exam.Code} questions in the bank yet."));
        }

        var now = time.GetUtcNow();
        var items = drawn.Select((d, i) => new MockItem
        {
            Position = i + 1,
            QuestionId = d.Question.Id,
            Domain = d.Domain,
            ChoiceOrder = Grader.Shuffle(d.Question, random),
        }).ToList();
        var (stored, created) = await store.StartAttemptAsync(new MockAttempt
        {
            MemberId = member.Id,
            Platform = context.Actor.Platform,
            Exam = exam.Code,
            Zone = context.TimeZone,
            QuestionCount = items.Count,
            StartedAt = now,
            DeadlineAt = now.AddMinutes(exam.Minutes),
        }, items, cancellationToken);
        if (!created)
        {
            // Another start of the same member won: theirs is the attempt.
            return Question(stored, await store.ListItemsAsync(stored.Id, cancellationToken), stored.Position, Text.Of($"Resuming your {stored.Exam} mock."));
        }

        var shortBank = items.Count < count ? $" The bank has {items.Count} {exam.Code} questions of the types this mock asks, so it has {items.Count} rather than {count}." : string.Empty;
        var lead = Text.Of($"{exam.Code} mock: {items.Count} questions in {exam.Minutes} minutes, drawn by the exam guide's domain weights.{shortBank} ",
            "No feedback until you submit; flag questions, skip them and come back to any of them. At the time limit it submits itself.");
        return Question(stored, await store.ListItemsAsync(stored.Id, cancellationToken), 1, lead);
    }

    /// <summary>
    /// A step in the member's attempt. Past the time limit the attempt is submitted first and the step goes no further; on an
    /// ended attempt every step shows the report.
    /// </summary>
    public async Task<CommandResult> StepAsync(Actor actor, MockStep step, CancellationToken cancellationToken)
    {
        var member = await members.FindMemberAsync(actor.Platform, actor.UserId, cancellationToken);
        var found = await store.FindAttemptAsync(step.AttemptId, cancellationToken);
        if (member is null || found is null || found.MemberId != member.Id)
        {
            return new NoticeResult(Notice.NotFound("That mock exam is not yours or no longer exists. Start one with ", StartRef(null), "."));
        }

        var (attempt, items) = await CurrentAsync(found, cancellationToken);
        if (!attempt.IsOpen)
        {
            var lead = found.IsOpen
                ? Text.Of("Time is up: the mock was submitted with the answers you had given.")
                : step.Action == MockAction.Show ? null : Text.Of("This mock has ended; nothing was changed.");
            return Report(attempt, items, lead, justEnded: found.IsOpen);
        }

        if (step.Position < 1 || step.Position > items.Count)
        {
            return new NoticeResult(Notice.Invalid($"This mock has questions 1 to {items.Count}; {step.Position} is not one of them."));
        }

        var item = items[step.Position - 1];
        switch (step.Action)
        {
            case MockAction.Show:
                return Question(attempt, items, step.Position, null);
            case MockAction.Answer:
                var question = bank.Get(item.QuestionId);
                var labels = step.Labels ?? [];
                if (Grader.Validate(question, item.ChoiceOrder, labels) is { } problem)
                {
                    return Question(attempt, items, step.Position, Text.Of(problem, " Nothing was recorded."));
                }

                var keys = Grader.ToKeys(item.ChoiceOrder, labels);
                await store.SaveAnswerAsync(attempt.Id, step.Position, keys, time.GetUtcNow(), cancellationToken);
                return await MoveAsync(attempt, step.Position == items.Count ? step.Position : step.Position + 1, cancellationToken);
            case MockAction.Flag:
                await store.SetFlagAsync(attempt.Id, step.Position, !item.Flagged, cancellationToken);
                return await MoveAsync(attempt, step.Position, cancellationToken);
            case MockAction.Next:
                return await MoveAsync(attempt, Math.Min(items.Count, step.Position + 1), cancellationToken);
            case MockAction.Previous:
                return await MoveAsync(attempt, Math.Max(1, step.Position - 1), cancellationToken);
            case MockAction.GoTo when step.Target is { } target && target >= 1 && target <= items.Count:
                return await MoveAsync(attempt, target, cancellationToken);
            case MockAction.GoTo:
                return Question(attempt, items, step.Position, Text.Of($"Go to a question from 1 to {items.Count}."));
            case MockAction.Submit:
                var (ended, endedItems) = await EndAsync(attempt, MockFinish.Submitted, time.GetUtcNow(), cancellationToken);
                return Report(ended, endedItems, null, justEnded: true);
            default:
                return new NoticeResult(Notice.Invalid("That is not a step of a mock exam."));
        }
    }

    /// <summary>The member's ended attempts, newest first, with the trend of the estimate.</summary>
    public async Task<CommandResult> HistoryAsync(ActorContext context, CancellationToken cancellationToken)
    {
        var ended = await store.ListFinishedAsync([context.Member.Id], null, HistoryLength, cancellationToken);
        if (ended.Count == 0)
        {
            return new NoticeResult(Notice.Info("You have not finished a mock exam yet. Start one with ", StartRef(bank.Exams.Active.FirstOrDefault()?.Code ?? "AIF-C01"), "."));
        }

        var rows = ended.Select(a => new MockHistoryRow(a.Id, a.Exam, a.FinishedAt!.Value, context.TimeZone, a.Correct ?? 0, a.QuestionCount, a.ScaledScore ?? MockScore.ScaleMin,
            bank.Exams.Find(a.Exam)?.PassMark ?? 0, a.Passed == true, a.Finish == MockFinish.TimedOut)).ToList();
        return new MockHistoryResult(new MockHistoryView(rows, Trend(rows)));
    }

    /// <summary>
    /// The member's latest estimate for each exam and the trend, for their stats; null without an ended attempt.
    /// </summary>
    public async Task<Text?> ReadinessAsync(long memberId, CancellationToken cancellationToken)
    {
        var ended = await store.ListFinishedAsync([memberId], null, HistoryLength, cancellationToken);
        if (ended.Count == 0)
        {
            return null;
        }

        var parts = ended.GroupBy(a => a.Exam).Select(g =>
        {
            var latest = g.First();
            var pass = bank.Exams.Find(g.Key)?.PassMark ?? 0;
            var runs = g.Count() == 1 ? "1 mock" : $"{g.Count()} mocks";
            return $"{g.Key} {latest.ScaledScore}/1000 in the latest of {runs} (pass mark {pass}{(g.Count() > 1 ? $", average {Math.Round(g.Average(a => a.ScaledScore ?? 0))}" : string.Empty)})";
        });
        return Text.Of("Mock exams, estimated: ", string.Join("; ", parts), ".");
    }

    /// <summary>
    /// What the team's mock exams came to since a time: attempts and the average estimate per exam, naming only members who
    /// are not hidden; null when nobody finished one.
    /// </summary>
    public async Task<Text?> TeamSummaryAsync(IReadOnlyCollection<long> memberIds, DateTimeOffset since, CancellationToken cancellationToken)
    {
        if (memberIds.Count == 0)
        {
            return null;
        }

        var ended = await store.ListFinishedAsync(memberIds, since, int.MaxValue, cancellationToken);
        if (ended.Count == 0)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var memberId in ended.Select(a => a.MemberId).Distinct())
        {
            if (await members.FindMemberAsync(memberId, cancellationToken) is { HiddenFromBoards: false } shown && shown.DisplayName.Length > 0)
            {
                names.Add(shown.DisplayName);
            }
        }

        var perExam = ended.GroupBy(a => a.Exam).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
            $"{g.Key}: {(g.Count() == 1 ? "1 attempt" : $"{g.Count()} attempts")}, average estimate {Math.Round(g.Average(a => a.ScaledScore ?? 0)).ToString(CultureInfo.InvariantCulture)}/1000 (pass mark {bank.Exams.Find(g.Key)?.PassMark})");
        var text = Text.Of("Mock exams this week: ", string.Join("; ", perExam), ".");
        return names.Count == 0 ? text : text.Append($" Taken by {Vocabulary.Join(names.Order(StringComparer.CurrentCulture).ToList())}{(names.Count < ended.Select(a => a.MemberId).Distinct().Count() ? " and others" : string.Empty)}.");
    }

    /// <summary>
    /// Submits the attempts whose time ran out while nobody looked, and puts ended attempts not yet reviewed into their
    /// members' decks (after a crash between the end and the deck). How many attempts it ended.
    /// </summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var ended = 0;
        foreach (var attempt in await store.ListPendingAsync(time.GetUtcNow(), SweepBatch, cancellationToken))
        {
            var (after, items) = await CurrentAsync(attempt, cancellationToken);
            ended += attempt.IsOpen && !after.IsOpen ? 1 : 0;
            if (!after.IsOpen && after.ReviewedAt is null)
            {
                await ReviewAsync(after, items, cancellationToken);
            }
        }

        if (ended > 0)
        {
            logger.LogInformation("Submitted {Count} mock exams that reached their time limit", ended);
        }

        return ended;
    }

    /// <summary>The attempt as it stands now: submitted first when its time ran out.</summary>
    private async Task<(MockAttempt Attempt, IReadOnlyList<MockItem> Items)> CurrentAsync(MockAttempt attempt, CancellationToken cancellationToken)
    {
        if (attempt.IsOpen && time.GetUtcNow() >= attempt.DeadlineAt)
        {
            return await EndAsync(attempt, MockFinish.TimedOut, attempt.DeadlineAt, cancellationToken);
        }

        return (attempt, await store.ListItemsAsync(attempt.Id, cancellationToken));
    }

    /// <summary>Scores and ends the attempt (the first end stands) and puts it into the review deck.</summary>
    private async Task<(MockAttempt Attempt, IReadOnlyList<MockItem> Items)> EndAsync(MockAttempt attempt, MockFinish finish, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var items = await store.ListItemsAsync(attempt.Id, cancellationToken);
        var passMark = bank.Exams.Find(attempt.Exam)?.PassMark ?? MockScore.ScaleMax;
        var score = MockScore.Estimate(items.Count(IsCorrect), items.Count, passMark);
        await store.FinishAttemptAsync(attempt.Id, finish, at, score, cancellationToken);
        var ended = await store.FindAttemptAsync(attempt.Id, cancellationToken) ?? attempt;
        items = await store.ListItemsAsync(attempt.Id, cancellationToken);
        if (ended.ReviewedAt is null)
        {
            await ReviewAsync(ended, items, cancellationToken);
        }

        return (ended, items);
    }

    /// <summary>
    /// Every question of the ended attempt becomes a review of the member's card, at the attempt's end: Again for a miss (or
    /// no answer), Good for a right answer. A card already reviewed at or after that time is left alone, so a second run
    /// (the sweep after a crash) adds nothing.
    /// </summary>
    private async Task ReviewAsync(MockAttempt attempt, IReadOnlyList<MockItem> items, CancellationToken cancellationToken)
    {
        var at = attempt.FinishedAt!.Value;
        foreach (var item in items.Where(i => bank.Find(i.QuestionId) is not null))
        {
            if (await reviewStore.FindCardAsync(attempt.MemberId, item.QuestionId, cancellationToken) is { Memory.LastReview: { } last } && last >= at)
            {
                continue;
            }

            await reviews.RateAsync(attempt.MemberId, item.QuestionId, IsCorrect(item) ? ReviewRating.Good : ReviewRating.Again, ReviewSource.Mock, at, null, cancellationToken);
        }

        await store.MarkReviewedAsync(attempt.Id, time.GetUtcNow(), cancellationToken);
    }

    private async Task<CommandResult> MoveAsync(MockAttempt attempt, int position, CancellationToken cancellationToken)
    {
        await store.MoveToAsync(attempt.Id, position, cancellationToken);
        return Question(attempt, await store.ListItemsAsync(attempt.Id, cancellationToken), position, null);
    }

    private MockQuestionResult Question(MockAttempt attempt, IReadOnlyList<MockItem> items, int position, Text? lead)
    {
        var item = items[Math.Clamp(position, 1, items.Count) - 1];
        var question = bank.Get(item.QuestionId);
        var choices = item.ChoiceOrder.Select((key, i) => new ChoiceView(Grader.LabelAt(i), question.Choices[key.ToString()])).ToList();
        return new MockQuestionResult(new MockQuestionView(
            attempt.Id,
            attempt.Exam,
            item.Position,
            items.Count,
            question.Id,
            question.Type,
            question.Prompt,
            choices,
            question.PickCount,
            item.Answered ? Grader.ToLabels(item.ChoiceOrder, item.Keys) : [],
            item.Flagged,
            items.Count(i => i.Answered),
            items.Where(i => i.Flagged).Select(i => i.Position).ToList(),
            items.Where(i => !i.Answered).Select(i => i.Position).ToList(),
            attempt.DeadlineAt,
            attempt.Zone,
            lead));
    }

    private MockReportResult Report(MockAttempt attempt, IReadOnlyList<MockItem> items, Text? lead, bool justEnded)
    {
        var exam = bank.Exams.Find(attempt.Exam);
        var passMark = exam?.PassMark ?? MockScore.ScaleMax;
        var correct = attempt.Correct ?? items.Count(IsCorrect);
        var score = MockScore.Estimate(correct, items.Count, passMark);
        var domains = (exam?.Domains ?? []).Select(d =>
        {
            var inDomain = items.Where(i => i.Domain == d.Number).ToList();
            var right = inDomain.Count(IsCorrect);
            return new DomainStatView(d.Number, d.Name, d.WeightPercent, inDomain.Count, right, inDomain.Count == 0 ? 0 : (double)right / inDomain.Count);
        }).ToList();
        var missed = items.Where(i => !IsCorrect(i)).Select(i =>
        {
            var question = bank.Get(i.QuestionId);
            return new MissedQuestionView(question.Id, question.Prompt, Grader.DescribeCorrect(question, i.ChoiceOrder), question.Explanation);
        }).ToList();
        var limit = TimeSpan.FromMinutes(exam?.Minutes ?? 0);
        var used = (attempt.FinishedAt ?? time.GetUtcNow()) - attempt.StartedAt;
        return new MockReportResult(new MockResultView(
            attempt.Id,
            attempt.Exam,
            exam?.Name ?? attempt.Exam,
            correct,
            items.Count,
            score.ScaledScore,
            passMark,
            score.Passed,
            HowEstimated(exam, correct, items.Count),
            domains,
            used < limit || limit == TimeSpan.Zero ? used : limit,
            limit,
            attempt.Finish == MockFinish.TimedOut,
            missed,
            Chart(attempt.Exam, domains, passMark),
            lead,
            StartRef(attempt.Exam),
            justEnded));
    }

    private static Text HowEstimated(Exam? exam, int correct, int total) => Text.Of(
        $"How it is estimated: 100 + 900 × the share you got right ({correct}/{total}), rounded. AWS does not publish how it scales a score: ",
        "it equates scores across exam forms of slightly different difficulty",
        exam is { UnscoredQuestions: > 0 } ? $", and {exam.UnscoredQuestions} of the exam's questions are unscored and not marked as such" : string.Empty,
        ". Here every question counts the same, so take the estimate as a guide, not a prediction.");

    private byte[]? Chart(string exam, IReadOnlyList<DomainStatView> domains, int passMark)
    {
        if (charts.FirstOrDefault() is not { } chart || domains.Count == 0)
        {
            return null;
        }

        var passShare = MockScore.PassShare(passMark);
        return chart.Render(new DomainChart(
            $"{exam} mock: % correct per domain (dashed: share needed to pass)",
            "% correct",
            domains.Select(d => new DomainBar($"D{d.Domain} ({d.WeightPercent}%)", d.Answered == 0 ? null : d.Accuracy * 100, d.Answered > 0 && d.Accuracy < passShare)).ToList(),
            passShare * 100));
    }

    private bool IsCorrect(MockItem item) => item.Answered && bank.Find(item.QuestionId) is { } question && Grader.IsCorrect(question, item.Keys);

    private async Task<IReadOnlySet<string>> RecentQuestionsAsync(long memberId, CancellationToken cancellationToken)
    {
        var recent = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attempt in await store.ListFinishedAsync([memberId], null, RecentAttempts, cancellationToken))
        {
            recent.UnionWith((await store.ListItemsAsync(attempt.Id, cancellationToken)).Select(i => i.QuestionId));
        }

        return recent;
    }

    private static bool UsesType(Exam exam, QuestionType type) => exam.Types.Contains(type switch
    {
        QuestionType.Single => "multiple-choice",
        QuestionType.Multiple => "multiple-response",
        QuestionType.Ordering => "ordering",
        _ => "matching",
    }, StringComparer.OrdinalIgnoreCase);

    private static Text Trend(IReadOnlyList<MockHistoryRow> rows)
    {
        var byExam = rows.GroupBy(r => r.Exam).Select(g =>
        {
            var ordered = g.OrderBy(r => r.FinishedAt).ThenBy(r => r.AttemptId).ToList();
            if (ordered.Count < 2)
            {
                return $"{g.Key}: one attempt so far, no trend yet";
            }

            var change = ordered[^1].ScaledScore - ordered[0].ScaledScore;
            var direction = change > 0 ? $"up {change}" : change < 0 ? $"down {-change}" : "level";
            return $"{g.Key}: {string.Join(" → ", ordered.Select(r => r.ScaledScore))} ({direction} over {ordered.Count} attempts)";
        });
        return Text.Of("Trend: ", string.Join("; ", byExam), ".");
    }

    private static CommandRef StartRef(string? exam) => exam is null
        ? CommandRef.Sub(CommandNames.Mock, CommandNames.MockStart)
        : CommandRef.Sub(CommandNames.Mock, CommandNames.MockStart, (CommandNames.Exam, exam));
}
