namespace StudyBot.Data.Tests.Contracts;

public abstract class ReviewStoreContract<TTarget> : StoreContract<TTarget>
    where TTarget : IStoreTarget, new()
{
    private async Task<Member> MemberAsync(StoresUnderTest s, string id = "u1") => await s.Members.EnsureMemberAsync(Platform.Discord, id, "Ana", None);

    private DeckCard Card(Member member, string question, int reps, DateTimeOffset due) =>
        new(member.Id, question, new ReviewCard(ReviewCardState.Review, 3.17301, 5.5, due, Time.GetUtcNow(), 3, reps, reps > 1 ? 1 : 0));

    private ReviewEvent Event(Member member, string question, ReviewRating rating = ReviewRating.Good, int days = 0) =>
        new(member.Id, question, Time.GetUtcNow(), rating, days, ReviewSource.Daily);

    [SkippableFact]
    public async Task TrySaveReview_NewCard_ReadsBackAsSaved_WithItsReview()
    {
        await using var s = await StoresAsync();
        var member = await MemberAsync(s);
        var card = Card(member, "q1", reps: 1, Time.GetUtcNow().AddDays(3));

        Assert.True(await s.Reviews.TrySaveReviewAsync(card, 0, Event(member, "q1", ReviewRating.Again), None));

        Assert.Equal(card, await s.Reviews.FindCardAsync(member.Id, "q1", None));
        Assert.Null(await s.Reviews.FindCardAsync(member.Id, "q2", None));
        var deck = await s.Reviews.ListDeckAsync(member.Id, None);
        var (stored, reviews) = Assert.Single(deck);
        Assert.Equal(card, stored);
        Assert.Equal([Event(member, "q1", ReviewRating.Again)], reviews);
    }

    [SkippableFact]
    public async Task TrySaveReview_StaleReps_WritesNothing()
    {
        await using var s = await StoresAsync();
        var member = await MemberAsync(s);
        var first = Card(member, "q1", reps: 1, Time.GetUtcNow().AddDays(1));
        await s.Reviews.TrySaveReviewAsync(first, 0, Event(member, "q1"), None);
        Time.Advance(TimeSpan.FromDays(1));
        var second = Card(member, "q1", reps: 2, Time.GetUtcNow().AddDays(4));

        var won = await s.Reviews.TrySaveReviewAsync(second, 1, Event(member, "q1", days: 1), None);
        var lostAsNew = await s.Reviews.TrySaveReviewAsync(Card(member, "q1", reps: 1, Time.GetUtcNow()), 0, Event(member, "q1", ReviewRating.Easy), None);
        var lostStale = await s.Reviews.TrySaveReviewAsync(Card(member, "q1", reps: 2, Time.GetUtcNow()), 1, Event(member, "q1", ReviewRating.Hard), None);

        Assert.True(won);
        Assert.False(lostAsNew);
        Assert.False(lostStale);
        Assert.Equal(second, await s.Reviews.FindCardAsync(member.Id, "q1", None));
        var (_, reviews) = Assert.Single(await s.Reviews.ListDeckAsync(member.Id, None));
        Assert.Equal([ReviewRating.Good, ReviewRating.Good], reviews.Select(r => r.Rating));
    }

    [SkippableFact]
    public async Task FindAnswerReview_AndListCardReviews_ReadTheLogOfOneCardInOrder()
    {
        await using var s = await StoresAsync();
        var member = await MemberAsync(s);
        await s.Reviews.TrySaveReviewAsync(Card(member, "q1", 1, Time.GetUtcNow().AddDays(1)), 0, Event(member, "q1") with { AnswerId = 11 }, None);
        await s.Reviews.TrySaveReviewAsync(Card(member, "q2", 1, Time.GetUtcNow().AddDays(1)), 0, Event(member, "q2") with { AnswerId = 12 }, None);
        Time.Advance(TimeSpan.FromDays(2));
        await s.Reviews.TrySaveReviewAsync(Card(member, "q1", 2, Time.GetUtcNow().AddDays(5)), 1, Event(member, "q1", ReviewRating.Again, 2) with { AnswerId = 13 }, None);

        var log = await s.Reviews.ListCardReviewsAsync(member.Id, "q1", None);
        var found = await s.Reviews.FindAnswerReviewAsync(13, None);

        Assert.Equal([11L, 13L], log.Select(r => r.AnswerId!.Value));
        Assert.Equal([ReviewRating.Good, ReviewRating.Again], log.Select(r => r.Rating));
        Assert.Equal(log[1], found);
        Assert.Null(await s.Reviews.FindAnswerReviewAsync(99, None));
    }

    [SkippableFact]
    public async Task TryRerate_RewritesTheRatingAndTheCardTogether_OnlyFromWhatWasRead()
    {
        await using var s = await StoresAsync();
        var member = await MemberAsync(s);
        var before = Card(member, "q1", 1, Time.GetUtcNow().AddDays(3));
        await s.Reviews.TrySaveReviewAsync(before, 0, Event(member, "q1") with { AnswerId = 21 }, None);
        var after = before with { Memory = before.Memory with { Stability = 15.69105, Difficulty = 3.2828, Due = Time.GetUtcNow().AddDays(15), ScheduledDays = 15 } };

        var staleRating = await s.Reviews.TryRerateAsync(before, after, 21, ReviewRating.Hard, ReviewRating.Easy, None);
        var staleCard = await s.Reviews.TryRerateAsync(before with { Memory = before.Memory with { Stability = 1 } }, after, 21, ReviewRating.Good, ReviewRating.Easy, None);
        var unchangedCard = await s.Reviews.FindCardAsync(member.Id, "q1", None);
        var won = await s.Reviews.TryRerateAsync(before, after, 21, ReviewRating.Good, ReviewRating.Easy, None);
        var again = await s.Reviews.TryRerateAsync(before, after, 21, ReviewRating.Good, ReviewRating.Hard, None);

        Assert.False(staleRating);
        Assert.False(staleCard);
        Assert.Equal(before, unchangedCard);
        Assert.True(won);
        Assert.False(again);
        Assert.Equal(after, await s.Reviews.FindCardAsync(member.Id, "q1", None));
        Assert.Equal(ReviewRating.Easy, (await s.Reviews.FindAnswerReviewAsync(21, None))!.Rating);
        Assert.Single(await s.Reviews.ListCardReviewsAsync(member.Id, "q1", None));
    }

    [SkippableFact]
    public async Task ListDueCards_OnlyThisMembersDueCards_LongestOverdueFirst_AndCounts()
    {
        await using var s = await StoresAsync();
        var ana = await MemberAsync(s);
        var ben = await MemberAsync(s, "u2");
        var now = Time.GetUtcNow();
        await s.Reviews.TrySaveReviewAsync(Card(ana, "q-late", 1, now.AddDays(-3)), 0, Event(ana, "q-late"), None);
        await s.Reviews.TrySaveReviewAsync(Card(ana, "q-today", 1, now.AddHours(-1)), 0, Event(ana, "q-today"), None);
        await s.Reviews.TrySaveReviewAsync(Card(ana, "q-later", 1, now.AddDays(2)), 0, Event(ana, "q-later"), None);
        await s.Reviews.TrySaveReviewAsync(Card(ben, "q-late", 1, now.AddDays(-5)), 0, Event(ben, "q-late"), None);

        var due = await s.Reviews.ListDueCardsAsync(ana.Id, now, 10, None);
        var one = await s.Reviews.ListDueCardsAsync(ana.Id, now, 1, None);
        var counts = await s.Reviews.CountDueAsync(ana.Id, now, now.AddDays(-1), None);

        Assert.Equal(["q-late", "q-today"], due.Select(c => c.QuestionId));
        Assert.Equal(["q-late", "q-later", "q-today"], (await s.Reviews.ListCardsAsync(ana.Id, None)).Select(c => c.QuestionId));
        Assert.Equal(3, await s.Reviews.CountReviewsAsync([ana.Id], now, None));
        Assert.Equal(4, await s.Reviews.CountReviewsAsync([ana.Id, ben.Id], now.AddDays(-1), None));
        Assert.Equal(0, await s.Reviews.CountReviewsAsync([ana.Id], now.AddSeconds(1), None));
        Assert.Equal(0, await s.Reviews.CountReviewsAsync([], now.AddDays(-1), None));
        Assert.Equal(["q-late"], one.Select(c => c.QuestionId));
        Assert.Equal(new DueCount(2, 1), counts);
        Assert.Equal(default, await s.Reviews.CountDueAsync(ana.Id, now.AddDays(-10), now.AddDays(-11), None));
        Assert.Equal(now.AddDays(2), await s.Reviews.NextDueAsync(ana.Id, now, None));
        Assert.Null(await s.Reviews.NextDueAsync(ana.Id, now.AddDays(2), None));
    }

    [SkippableFact]
    public async Task Settings_DefaultsUntilSaved_ThenAsSaved_AndSavedAgain()
    {
        await using var s = await StoresAsync();
        var member = await MemberAsync(s);

        Assert.Equal(ReviewSettings.Default(member.Id), await s.Reviews.GetSettingsAsync(member.Id, None));

        var saved = new ReviewSettings(member.Id, 0.85, new DateOnly(2027, 1, 15), "AIF-C01", new TimeOnly(8, 0), "Europe/Berlin");
        await s.Reviews.SaveSettingsAsync(saved, None);
        Assert.Equal(saved, await s.Reviews.GetSettingsAsync(member.Id, None));

        var changed = saved with { Retention = 0.95, RemindAt = null, ExamDate = null };
        await s.Reviews.SaveSettingsAsync(changed, None);
        Assert.Equal(changed, await s.Reviews.GetSettingsAsync(member.Id, None));
    }
}
