using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Data.Providers;
using StudyBot.Tests.Shared;

namespace StudyBot.Data.Tests;

/// <summary>What only a real database shows: the schema, the columns as stored, EF and hand-written SQL agreeing, the gate.</summary>
public abstract class DatabaseContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly QuestionBank Bank = new([new Question
    {
        Id = "q-one",
        Topic = "t",
        File = "t.yaml",
        Type = QuestionType.Single,
        Difficulty = 2,
        Exams = [new ExamTag("AIF-C01", 1, null)],
        Prompt = "Which?",
        Choices = new Dictionary<string, string> { ["A"] = "a", ["B"] = "b", ["C"] = "c" },
        Answer = ["B"],
        Explanation = "Because.",
        Verified = new DateOnly(2026, 11, 25),
    }], TestBank.Exams);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    protected abstract Task<TestDatabase?> CreateDatabaseAsync(TimeProvider time);

    private async Task<TestDatabase> MigratedAsync()
    {
        var db = await CreateDatabaseAsync(_time);
        Skip.If(db is null, TestDatabase.PostgresSkipReason);
        await db.MigrateAsync();
        return db;
    }

    private async Task<Round> DailyRoundAsync(TestDatabase db)
    {
        var channels = db.Get<IChannelStore>();
        var community = await channels.EnsureCommunityAsync(Platform.Discord, "g1", "Guild", None);
        var channel = await channels.EnsureChannelAsync(community.Id, Platform.Discord, "c1", "study", None);
        var (round, _) = await db.Get<IRoundStore>().AddRoundOrGetExistingAsync(new Round
        {
            Kind = RoundKind.Daily,
            ChannelId = channel.Id,
            CommunityId = community.Id,
            LocalDate = new DateOnly(2026, 11, 23),
            QuestionId = "q-one",
            ChoiceOrder = "CAB",
            OpensAt = _time.GetUtcNow(),
            ClosesAt = _time.GetUtcNow().AddHours(8),
        }, None);
        return round;
    }

    private AnswerService Answers(TestDatabase db) => new(
        db.Get<IAnswerStore>(), db.Get<IRoundStore>(), db.Get<IQuizStore>(), db.Get<IMemberStore>(), db.Get<IChannelStore>(), Bank, _time, NullLogger<AnswerService>.Instance);

    private ReviewService Reviews(TestDatabase db) => new(
        db.Get<IReviewStore>(), db.Get<IAnswerStore>(), db.Get<IRoundStore>(), db.Get<IQuizStore>(), _time, NullLogger<ReviewService>.Instance);

    private static Actor Member(string id, string name) => new(Platform.Discord, id, name, new Place(PlaceKind.Channel, "g1", "Guild", "c1", "study"));

    [SkippableFact]
    public async Task Migrate_EmptyDatabase_CreatesEveryTableAndTheModelNeedsNoNewMigration()
    {
        await using var db = await MigratedAsync();

        await using var context = db.Contexts.CreateDbContext();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.False(context.Database.HasPendingModelChanges());
        Assert.Equal(0, await context.Answers.CountAsync());
        Assert.Equal(0, await context.Rounds.CountAsync());
        Assert.Equal(0, await context.Quizzes.CountAsync());
        Assert.Equal(0, await context.Digests.CountAsync());
    }

    [SkippableFact]
    public async Task TypedCollections_AreStoredAsTheColumnStringsOfBefore()
    {
        await using var db = await MigratedAsync();
        var round = await DailyRoundAsync(db);
        var channels = db.Get<IChannelStore>();
        var member = await db.Get<IMemberStore>().EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);
        var other = await channels.EnsureChannelAsync(round.CommunityId!.Value, Platform.Discord, "c2", "other", None);
        var weekend = await channels.EnsureChannelAsync(round.CommunityId!.Value, Platform.Discord, "c3", "weekend", None);

        await channels.SaveScheduleAsync(other.Id, ChannelSchedule.Default with { Days = Weekdays.Every }, 0, None);
        await channels.SaveScheduleAsync(weekend.Id, ChannelSchedule.Default with { Days = Weekdays.Weekend | Weekdays.Wednesday }, 0, None);
        await channels.AddCommunityAdminAsync(round.CommunityId.Value, "id1", None);
        await channels.AddCommunityAdminAsync(round.CommunityId.Value, "id2", None);
        await db.Get<IAnswerStore>().TryAddAnswerAsync(new Answer { RoundId = round.Id, MemberId = member.Id, Kind = RoundKind.Daily, ChannelId = round.ChannelId, CommunityId = round.CommunityId, QuestionId = "q-one", Keys = ["A", "C"], AnsweredAt = _time.GetUtcNow() }, None);
        var quiz = await db.Get<IQuizStore>().AddQuizAsync(new Quiz { MemberId = member.Id, Platform = Platform.Discord, QuestionIds = ["q1", "q2"], StartedAt = _time.GetUtcNow() }, None);

        Assert.Equal("mon,tue,wed,thu,fri", await db.ScalarAsync($"SELECT \"Days\" FROM \"channels\" WHERE \"Id\" = {round.ChannelId}"));
        Assert.Equal("sun,mon,tue,wed,thu,fri,sat", await db.ScalarAsync($"SELECT \"Days\" FROM \"channels\" WHERE \"Id\" = {other.Id}"));
        Assert.Equal("sun,wed,sat", await db.ScalarAsync($"SELECT \"Days\" FROM \"channels\" WHERE \"Id\" = {weekend.Id}"));
        Assert.Equal("id1,id2", await db.ScalarAsync($"SELECT \"Admins\" FROM \"communities\" WHERE \"Id\" = {round.CommunityId}"));
        Assert.Equal("A,C", await db.ScalarAsync("SELECT \"Choice\" FROM \"answers\""));
        Assert.Equal("q1,q2", await db.ScalarAsync($"SELECT \"QuestionIds\" FROM \"quizzes\" WHERE \"Id\" = {quiz.Id}"));
        var fresh = await channels.EnsureCommunityAsync(Platform.Teams, "t1", "Team", None);
        Assert.Equal(string.Empty, await db.ScalarAsync($"SELECT \"Admins\" FROM \"communities\" WHERE \"Id\" = {fresh.Id}"));
    }

    [SkippableFact]
    public async Task RowsWrittenBefore_ReadAsTypedCollections()
    {
        await using var db = await MigratedAsync();
        var round = await DailyRoundAsync(db);
        await db.ScalarAsync($"UPDATE \"channels\" SET \"Days\" = 'sat,sun,MON' WHERE \"Id\" = {round.ChannelId}");
        await db.ScalarAsync($"UPDATE \"communities\" SET \"Admins\" = 'b,a' WHERE \"Id\" = {round.CommunityId}");

        var byId = await db.Get<IChannelStore>().FindChannelAsync(round.ChannelId!.Value, None);
        var byPlatform = await db.Get<IChannelStore>().FindChannelAsync(Platform.Discord, "c1", None);
        var community = await db.Get<IChannelStore>().FindCommunityAsync(round.CommunityId!.Value, None);

        Assert.Equal(Weekdays.Weekend | Weekdays.Monday, byId!.Days);
        Assert.Equal(byId, byPlatform);
        Assert.Equal(["b", "a"], community!.Admins);
    }

    [SkippableFact]
    public async Task HandWrittenReads_ReadEveryFieldAsEfDoes()
    {
        await using var db = await MigratedAsync();
        var round = await DailyRoundAsync(db);
        var channels = db.Get<IChannelStore>();
        var rounds = db.Get<IRoundStore>();
        await channels.SaveScheduleAsync(round.ChannelId!.Value, new ChannelSchedule(true, true, 17 * 60 + 30, "Europe/Berlin", Weekdays.Tuesday, "MLA-C01", 90), 0, None);
        await channels.SetConversationReferenceAsync(round.ChannelId.Value, "{\"conversation\":\"x\"}", None);
        await rounds.CloseRoundAsync(round.Id, _time.GetUtcNow().AddHours(8), None);
        await rounds.MarkRevealedAsync(round.Id, _time.GetUtcNow().AddHours(8).AddSeconds(3), None);
        await rounds.SetMessageRefAsync(round.Id, "m-1", None);

        await using var context = db.Contexts.CreateDbContext();
        var roundViaEf = await context.Rounds.AsNoTracking().SingleAsync(r => r.Id == round.Id);
        var channelViaEf = await context.Channels.AsNoTracking().SingleAsync(c => c.Id == round.ChannelId);

        Assert.Equal(roundViaEf, await rounds.FindRoundAsync(round.Id, None));
        Assert.Equal(roundViaEf, Assert.Single(await rounds.ListDailyRoundsAsync([round.ChannelId.Value], 5, None)));
        Assert.Equal(channelViaEf, await channels.FindChannelAsync(round.ChannelId.Value, None));
    }

    [SkippableFact]
    public async Task TryAddAnswer_StoresEveryFieldAsEfReadsIt()
    {
        await using var db = await MigratedAsync();
        var round = await DailyRoundAsync(db);
        var member = await db.Get<IMemberStore>().EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);
        var at = _time.GetUtcNow().AddMinutes(7).AddTicks(1234);
        var answer = new Answer { RoundId = round.Id, MemberId = member.Id, Kind = RoundKind.Daily, ChannelId = round.ChannelId, CommunityId = round.CommunityId, QuestionId = "q-one", Keys = ["B", "C"], Correct = false, Points = 0, AnsweredAt = at };

        Assert.True(await db.Get<IAnswerStore>().TryAddAnswerAsync(answer, None));

        await using var context = db.Contexts.CreateDbContext();
        var stored = await context.Answers.AsNoTracking().SingleAsync();
        Assert.NotEqual(0, stored.Id);
        Assert.Equal((round.Id, member.Id, RoundKind.Daily, round.ChannelId, round.CommunityId), (stored.RoundId, stored.MemberId, stored.Kind, stored.ChannelId, stored.CommunityId));
        Assert.Equal(("q-one", false, 0), (stored.QuestionId, stored.Correct, stored.Points));
        Assert.Equal(["B", "C"], stored.Keys);
        Assert.Equal(at.UtcTicks / TimeSpan.TicksPerMillisecond, stored.AnsweredAt.UtcTicks / TimeSpan.TicksPerMillisecond);
    }

    [SkippableFact]
    public async Task TryAddAnswer_UnknownMember_IsRejectedByTheForeignKeyAndTheNextStillGoesIn()
    {
        await using var db = await MigratedAsync();
        var round = await DailyRoundAsync(db);
        var answers = db.Get<IAnswerStore>();
        Answer For(long memberId) => new() { RoundId = round.Id, MemberId = memberId, Kind = RoundKind.Daily, ChannelId = round.ChannelId, CommunityId = round.CommunityId, QuestionId = "q-one", Keys = ["B"], Correct = true, Points = 2, AnsweredAt = _time.GetUtcNow() };

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => answers.TryAddAnswerAsync(For(987654), None));

        // The failed statement leaves the write lane usable.
        var member = await db.Get<IMemberStore>().EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);
        Assert.True(await answers.TryAddAnswerAsync(For(member.Id), None));
        Assert.Equal(1, await answers.CountAnswersAsync(round.Id, None));
    }

    [SkippableFact]
    public async Task SubmitAsync_RoundClosedByAnotherInstanceAfterItWasRead_IsClosedAndScoresNothing()
    {
        await using var db = await MigratedAsync();
        var round = await DailyRoundAsync(db);
        var sut = Answers(db);
        var first = await sut.SubmitAsync(round.Id, Member("u1", "Ana"), ["C"], None);

        // Another host closes the round: this service's copy of it still says open.
        await db.Get<IRoundStore>().CloseRoundAsync(round.Id, _time.GetUtcNow(), None);
        _time.Advance(TimeSpan.FromSeconds(2));
        var late = await sut.SubmitAsync(round.Id, Member("u2", "Bo"), ["C"], None);
        var again = await sut.SubmitAsync(round.Id, Member("u1", "Ana"), ["A"], None);

        Assert.Equal(AnswerOutcome.Recorded, first.Outcome);
        Assert.Equal(AnswerOutcome.Closed, late.Outcome);
        Assert.Equal(AnswerOutcome.AlreadyAnswered, again.Outcome);
        Assert.Equal(1, await db.Get<IAnswerStore>().CountAnswersAsync(round.Id, None));
    }

    [SkippableFact]
    public async Task SubmitAsync_FiftyParallelSubmits_RecordExactlyOneAnswer()
    {
        await using var db = await MigratedAsync();
        var round = await DailyRoundAsync(db);
        var sut = Answers(db);
        var who = Member("u-race", "Racer");
        await db.Get<IMemberStore>().EnsureMemberAsync(who.Platform, who.UserId, who.DisplayName, None);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => sut.SubmitAsync(round.Id, who, ["C"], None))));

        Assert.Equal(1, results.Count(r => r.Outcome == AnswerOutcome.Recorded));
        Assert.Equal(49, results.Count(r => r.Outcome == AnswerOutcome.AlreadyAnswered));
        await using var context = db.Contexts.CreateDbContext();
        var stored = await context.Answers.SingleAsync();
        Assert.Equal(["B"], stored.Keys);
        Assert.Equal(2, stored.Points);
    }

    [SkippableFact]
    public async Task SubmitAsync_EachStoredAnswerBecomesAReviewOnce_OneCardPerMemberAndQuestion_WrongDueSooner()
    {
        await using var db = await MigratedAsync();
        var round = await DailyRoundAsync(db);
        var sut = Answers(db);

        await sut.SubmitAsync(round.Id, Member("u1", "Ana"), ["C"], None);
        await sut.SubmitAsync(round.Id, Member("u2", "Bo"), ["A"], None);
        await sut.SubmitAsync(round.Id, Member("u2", "Bo"), ["C"], None);
        _time.Advance(TimeSpan.FromSeconds(5));
        var synced = await Reviews(db).SyncAsync(null, None);
        var again = await Reviews(db).SyncAsync(null, None);

        Assert.Equal((2, 0), (synced, again));
        var members = db.Get<IMemberStore>();
        var reviews = db.Get<IReviewStore>();
        var ana = await members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);
        var bo = await members.EnsureMemberAsync(Platform.Discord, "u2", "Bo", None);
        var right = Assert.Single(await reviews.ListDeckAsync(ana.Id, None));
        var wrong = Assert.Single(await reviews.ListDeckAsync(bo.Id, None));
        Assert.Equal("q-one", right.Card.QuestionId);
        Assert.Equal([ReviewRating.Good], right.Reviews.Select(r => r.Rating));
        Assert.Equal([ReviewRating.Again], wrong.Reviews.Select(r => r.Rating));
        Assert.True(wrong.Card.Memory.Due < right.Card.Memory.Due);
    }

    [SkippableFact]
    public async Task SaveChanges_OutsideTheWriteGate_IsRefused()
    {
        await using var db = await MigratedAsync();
        await using var context = db.Contexts.CreateDbContext();
        context.Members.Add(new Member { Platform = Platform.Discord, ExternalId = "sneaky", DisplayName = "S", CreatedAt = _time.GetUtcNow() });

        var async = await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
        var sync = Assert.Throws<InvalidOperationException>(() => context.SaveChanges());

        Assert.Contains("WriteGate", async.Message, StringComparison.Ordinal);
        Assert.Contains("WriteGate", sync.Message, StringComparison.Ordinal);
        Assert.Null(await db.Get<IMemberStore>().FindMemberAsync(Platform.Discord, "sneaky", None));
    }

    [SkippableFact]
    public async Task Services_AsRegistered_AreTheProvidersOwn()
    {
        await using var db = await MigratedAsync();

        var dialect = db.Get<ISqlDialect>();
        var quartz = db.Get<QuartzStoreSettings>();

        Assert.Equal(db.Settings.Provider, dialect.Provider);
        Assert.Equal(db.ConnectionString, quartz.ConnectionString);
        await using var connection = quartz.CreateDataSource().CreateConnection();
        await connection.OpenAsync();
        Assert.True(await db.Get<DatabaseMigrator>().CanConnectAsync(None));
    }
}
