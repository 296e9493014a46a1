using System.Globalization;

namespace StudyBot.Engine.Review;

/// <summary>
/// <c>review</c>: the member's due cards asked like a quiz, one at a time with the explanation after each; and the
/// member's exam date and retention.
/// </summary>
public sealed class ReviewSessionService(IReviewStore store, ReviewService reviews, QuizService quizzes, QuestionBank bank, TimeProvider time)
{
    /// <summary>Cards asked in one session; more come back with the next <c>review</c>.</summary>
    public const int SessionSize = 10;

    /// <summary>Due cards read to choose a session from (the queue's order is decided on these).</summary>
    private const int Candidates = 200;

    public async Task<CommandResult> StartAsync(ActorContext context, bool includeRetired, CancellationToken cancellationToken)
    {
        var member = context.Member;
        await reviews.SyncAsync(member.Id, cancellationToken);
        var now = time.GetUtcNow();
        var settings = await store.GetSettingsAsync(member.Id, cancellationToken);
        var zone = settings.TimeZone ?? context.TimeZone;
        var today = LocalTime.DayStart(now, zone);
        var counts = await store.CountDueAsync(member.Id, now, today, cancellationToken);
        var due = (await store.ListDueCardsAsync(member.Id, now, Candidates, cancellationToken))
            .Where(c => bank.Find(c.QuestionId) is { } q && (includeRetired || q.Exams.Any(e => bank.Exams.IsActive(e.Exam))))
            .ToList();
        if (due.Count == 0)
        {
            return new NoticeResult(await NothingDueAsync(member.Id, now, zone, counts.Due > 0, cancellationToken));
        }

        var session = Order(due, settings, now).Take(SessionSize).Select(c => c.QuestionId).ToList();
        var start = await quizzes.StartReviewAsync(context.Actor, context, session, cancellationToken);
        var intro = Text.Of(
            $"{Count(counts.Due, "review")} due today, {counts.Overdue} overdue",
            session.Count < counts.Due ? $"; here are {session.Count} of them." : ".",
            reviews.InFinalStretch(settings) && settings.ExamDate is { } exam ? $" {DaysTo(exam, now, zone)} to your exam: the weakest cards come first." : string.Empty);
        return new QuizStartedResult(start.QuizId, start.First!, intro);
    }

    /// <summary>Sets (or with no date, clears) the member's exam date; the exam code says which exam's weights the final weeks favour.</summary>
    public async Task<Notice> SetExamDateAsync(ActorContext context, DateOnly? date, string? examCode, CancellationToken cancellationToken)
    {
        var settings = await store.GetSettingsAsync(context.Member.Id, cancellationToken);
        var zone = settings.TimeZone ?? context.TimeZone;
        if (date is null)
        {
            await store.SaveSettingsAsync(settings with { ExamDate = null, ExamCode = null }, cancellationToken);
            return Notice.Done("Your exam date is cleared: reviews follow the normal schedule.");
        }

        var exam = examCode is null ? null : bank.Exams.Find(examCode);
        if (examCode is not null && exam is null)
        {
            return Vocabulary.UnknownExam(examCode, bank.Exams, allowAll: false);
        }

        var today = LocalTime.LocalDate(time.GetUtcNow(), zone);
        if (date <= today)
        {
            return Notice.Invalid($"{Format(date.Value)} is not ahead; give the date of your exam, for example {Format(today.AddDays(30))}.");
        }

        await store.SaveSettingsAsync(settings with { ExamDate = date, ExamCode = exam?.Code ?? settings.ExamCode, TimeZone = zone }, cancellationToken);
        return Notice.Done(
            $"Exam date set: {Format(date.Value)}{(exam is null ? string.Empty : $" ({exam.Code})")}, {DaysTo(date.Value, time.GetUtcNow(), zone)} from now. ",
            "No review will be due after the day before it, and in the last two weeks the weakest cards come first.");
    }

    /// <summary>Sets the retention the member's schedule aims for (0.80 to 0.97).</summary>
    public async Task<Notice> SetRetentionAsync(ActorContext context, double retention, CancellationToken cancellationToken)
    {
        if (!(retention >= FsrsScheduler.MinimumRetention && retention <= FsrsScheduler.MaximumRetention))
        {
            return Notice.Invalid($"retention is a share from {FsrsScheduler.MinimumRetention:0.00} to {FsrsScheduler.MaximumRetention:0.00} (0.90 means you should recall 9 in 10 cards when they come back).");
        }

        var settings = await store.GetSettingsAsync(context.Member.Id, cancellationToken);
        await store.SaveSettingsAsync(settings with { Retention = retention }, cancellationToken);
        return Notice.Done(string.Create(CultureInfo.InvariantCulture,
            $"Retention set to {retention:0.00}: cards come back when you would recall about {retention * 100:0} in 100. Higher means more reviews; it applies from each card's next review."));
    }

    /// <summary>
    /// The queue: normally the longest overdue first; in the final two weeks before an exam the cards least likely
    /// recalled first, those of the exam's heavier domains ahead of equals.
    /// </summary>
    private IEnumerable<DeckCard> Order(List<DeckCard> due, ReviewSettings settings, DateTimeOffset now)
    {
        if (!reviews.InFinalStretch(settings))
        {
            return due;
        }

        var scheduler = new FsrsScheduler(settings.Retention);
        var exam = settings.ExamCode is null ? null : bank.Exams.Find(settings.ExamCode);
        return due.OrderBy(c => scheduler.Retrievability(c.Memory, now) * (1.5 - (Weight(c, exam) / 100.0)))
            .ThenBy(c => c.Memory.Due);
    }

    private int Weight(DeckCard card, Exam? exam)
    {
        if (exam is null || bank.Find(card.QuestionId) is not { } question)
        {
            return 0;
        }

        var tag = question.Exams.FirstOrDefault(e => string.Equals(e.Exam, exam.Code, StringComparison.OrdinalIgnoreCase));
        return tag is null ? 0 : exam.FindDomain(tag.Domain)?.WeightPercent ?? 0;
    }

    private async Task<Notice> NothingDueAsync(long memberId, DateTimeOffset now, string zone, bool onlyRetired, CancellationToken cancellationToken)
    {
        if (onlyRetired)
        {
            return Notice.Info("Your due cards are all from retired exams, so they are skipped.");
        }

        return await store.NextDueAsync(memberId, now, cancellationToken) is { } next
            ? Notice.Info($"Nothing to review now. Come back {Format(LocalTime.LocalDate(next, zone))}: your next card is due then.")
            : Notice.Info("Nothing to review yet. Every question you answer (the question of the day, quizzes) gets a card here, and it comes back when it is due.");
    }

    private static string DaysTo(DateOnly exam, DateTimeOffset now, string zone) =>
        Count(exam.DayNumber - LocalTime.LocalDate(now, zone).DayNumber, "day");

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");

    private static string Format(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
}
