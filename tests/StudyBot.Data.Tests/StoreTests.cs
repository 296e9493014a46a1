using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Questions;
using StudyBot.Engine.Services;
using StudyBot.Engine.Views;
using StudyBot.Tests.Shared;

namespace StudyBot.Data.Tests;

/// <summary>The store on a real database; each provider runs the same tests.</summary>
public abstract class StoreTests
{
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
    }], new ExamCatalog([]));

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    protected abstract Task<TestDatabase?> CreateDatabaseAsync();

    private async Task<(TestDatabase Db, EfStudyStore Store)> MigratedAsync()
    {
        var db = await CreateDatabaseAsync();
        Skip.If(db is null, TestDatabase.PostgresSkipReason);
        await new DatabaseMigrator(db.Factory, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        return (db, new EfStudyStore(db.Factory, _time));
    }

    private async Task<Round> DailyRoundAsync(IStudyStore store, DateOnly date)
    {
        var community = await store.GetOrCreateCommunityAsync(Platform.Discord, "g1", "Guild", CancellationToken.None);
        var channel = await store.GetOrCreateChannelAsync(community.Id, Platform.Discord, "c1", "study", CancellationToken.None);
        var (round, _) = await store.AddRoundOrGetExistingAsync(new Round
        {
            Kind = RoundKind.Daily,
            ChannelId = channel.Id,
            CommunityId = community.Id,
            LocalDate = date,
            QuestionId = "q-one",
            ChoiceOrder = "CAB",
            OpensAt = _time.GetUtcNow(),
            ClosesAt = _time.GetUtcNow().AddHours(8),
        }, CancellationToken.None);
        return round;
    }

    [SkippableFact]
    public async Task Migrate_EmptyDatabase_CreatesEveryTable()
    {
        var (db, _) = await MigratedAsync();
        await using var _db = db;

        await using var context = db.Factory.CreateDbContext();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await context.Answers.CountAsync());
        Assert.Equal(0, await context.Rounds.CountAsync());
        Assert.Equal(0, await context.Quizzes.CountAsync());
    }

    [SkippableFact]
    public async Task AddRoundOrGetExisting_SameChannelAndDate_KeepsOneRound()
    {
        var (db, store) = await MigratedAsync();
        await using var _db = db;

        var first = await DailyRoundAsync(store, new DateOnly(2026, 11, 23));
        var second = await DailyRoundAsync(store, new DateOnly(2026, 11, 23));
        var other = await DailyRoundAsync(store, new DateOnly(2026, 11, 24));

        Assert.Equal(first.Id, second.Id);
        Assert.NotEqual(first.Id, other.Id);
        await using var context = db.Factory.CreateDbContext();
        Assert.Equal(2, await context.Rounds.CountAsync());
    }

    [SkippableFact]
    public async Task TryAddAnswer_SecondForSameMemberAndRound_IsRefused()
    {
        var (db, store) = await MigratedAsync();
        await using var _db = db;
        var round = await DailyRoundAsync(store, new DateOnly(2026, 11, 23));
        var member = await store.GetOrCreateMemberAsync(Platform.Discord, "u1", "Ana", CancellationToken.None);
        Answer Make() => new() { RoundId = round.Id, MemberId = member.Id, Kind = RoundKind.Daily, ChannelId = round.ChannelId, CommunityId = round.CommunityId, QuestionId = "q-one", Choice = "B", Correct = true, Points = 2, AnsweredAt = _time.GetUtcNow() };

        var first = await store.TryAddAnswerAsync(Make(), CancellationToken.None);
        var second = await store.TryAddAnswerAsync(Make(), CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(1, await store.CountAnswersAsync(round.Id, CancellationToken.None));
    }

    [SkippableFact]
    public async Task TryAddAnswer_RoundClosedAfterTheClickReadIt_IsRefusedAndStoresNothing()
    {
        var (db, store) = await MigratedAsync();
        await using var _db = db;
        var round = await DailyRoundAsync(store, new DateOnly(2026, 11, 23));
        var member = await store.GetOrCreateMemberAsync(Platform.Discord, "u1", "Ana", CancellationToken.None);
        var stale = await store.FindRoundAsync(round.Id, CancellationToken.None);
        round.ClosedAt = _time.GetUtcNow();
        await store.UpdateRoundAsync(round, CancellationToken.None);

        var added = await store.TryAddAnswerAsync(new Answer { RoundId = stale!.Id, MemberId = member.Id, Kind = RoundKind.Daily, ChannelId = stale.ChannelId, CommunityId = stale.CommunityId, QuestionId = "q-one", Choice = "B", Correct = true, Points = 2, AnsweredAt = _time.GetUtcNow() }, CancellationToken.None);

        Assert.False(added);
        Assert.Equal(0, await store.CountAnswersAsync(round.Id, CancellationToken.None));
    }

    [SkippableFact]
    public async Task SubmitAsync_RoundClosedByAnotherInstanceAfterItWasRead_IsClosedAndScoresNothing()
    {
        var (db, store) = await MigratedAsync();
        await using var _db = db;
        var round = await DailyRoundAsync(store, new DateOnly(2026, 11, 23));
        var sut = new AnswerService(store, Bank, _time, NullLogger<AnswerService>.Instance);
        var first = await sut.SubmitAsync(round.Id, new MemberRef(Platform.Discord, "u1", "Ana"), ["C"], CancellationToken.None);

        // Another host closes the round: this service's copy of it still says open.
        round.ClosedAt = _time.GetUtcNow();
        await store.UpdateRoundAsync(round, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(2));
        var late = await sut.SubmitAsync(round.Id, new MemberRef(Platform.Discord, "u2", "Bo"), ["C"], CancellationToken.None);
        var again = await sut.SubmitAsync(round.Id, new MemberRef(Platform.Discord, "u1", "Ana"), ["A"], CancellationToken.None);

        Assert.Equal(AnswerOutcome.Recorded, first.Outcome);
        Assert.Equal(AnswerOutcome.Closed, late.Outcome);
        Assert.StartsWith("This question is closed. The answer was C", late.Message, StringComparison.Ordinal);
        Assert.Equal(AnswerOutcome.AlreadyAnswered, again.Outcome);
        Assert.Equal(1, await store.CountAnswersAsync(round.Id, CancellationToken.None));
    }

    [SkippableFact]
    public async Task TryAddAnswer_StoresEveryFieldAsEfReadsIt()
    {
        var (db, store) = await MigratedAsync();
        await using var _db = db;
        var round = await DailyRoundAsync(store, new DateOnly(2026, 11, 23));
        var member = await store.GetOrCreateMemberAsync(Platform.Discord, "u1", "Ana", CancellationToken.None);
        var at = _time.GetUtcNow().AddMinutes(7).AddTicks(1234);
        var answer = new Answer { RoundId = round.Id, MemberId = member.Id, Kind = RoundKind.Daily, ChannelId = round.ChannelId, CommunityId = round.CommunityId, QuestionId = "q-one", Choice = "B,C", Correct = false, Points = 0, AnsweredAt = at };

        Assert.True(await store.TryAddAnswerAsync(answer, CancellationToken.None));

        await using var context = db.Factory.CreateDbContext();
        var stored = await context.Answers.AsNoTracking().SingleAsync();
        Assert.Equal(answer.Id, stored.Id);
        Assert.NotEqual(0, stored.Id);
        Assert.Equal((round.Id, member.Id, RoundKind.Daily, round.ChannelId, round.CommunityId), (stored.RoundId, stored.MemberId, stored.Kind, stored.ChannelId, stored.CommunityId));
        Assert.Equal(("q-one", "B,C", false, 0), (stored.QuestionId, stored.Choice, stored.Correct, stored.Points));
        Assert.Equal(at.UtcTicks / TimeSpan.TicksPerMillisecond, stored.AnsweredAt.UtcTicks / TimeSpan.TicksPerMillisecond);

        // The board reads it back by its time window, so the stored instant must compare as EF writes instants.
        var board = await store.GetBoardTotalsAsync(new BoardQuery(round.ChannelId, null, at.AddSeconds(-1), at.AddSeconds(1), false), CancellationToken.None);
        Assert.Equal(member.Id, Assert.Single(board).MemberId);
    }

    [SkippableFact]
    public async Task TryAddAnswer_UnknownMember_IsRejectedByTheForeignKey()
    {
        var (db, store) = await MigratedAsync();
        await using var _db = db;
        var round = await DailyRoundAsync(store, new DateOnly(2026, 11, 23));

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => store.TryAddAnswerAsync(new Answer { RoundId = round.Id, MemberId = 987654, Kind = RoundKind.Daily, ChannelId = round.ChannelId, CommunityId = round.CommunityId, QuestionId = "q-one", Choice = "B", Correct = true, Points = 2, AnsweredAt = _time.GetUtcNow() }, CancellationToken.None));
        Assert.Equal(0, await store.CountAnswersAsync(round.Id, CancellationToken.None));

        // The failed statement leaves the writer usable: the next answer is stored.
        var member = await store.GetOrCreateMemberAsync(Platform.Discord, "u1", "Ana", CancellationToken.None);
        Assert.True(await store.TryAddAnswerAsync(new Answer { RoundId = round.Id, MemberId = member.Id, Kind = RoundKind.Daily, ChannelId = round.ChannelId, CommunityId = round.CommunityId, QuestionId = "q-one", Choice = "B", Correct = true, Points = 2, AnsweredAt = _time.GetUtcNow() }, CancellationToken.None));
        Assert.Equal(1, await store.CountAnswersAsync(round.Id, CancellationToken.None));
    }

    [SkippableFact]
    public async Task GetOrCreateMember_KnownMember_KeepsIdAndFieldsAndTakesTheNewName()
    {
        var (db, store) = await MigratedAsync();
        await using var _db = db;
        var created = await store.GetOrCreateMemberAsync(Platform.Discord, "u1", "Ana", CancellationToken.None);
        created.HiddenFromBoards = true;
        await store.UpdateMemberAsync(created, CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(3));

        var renamed = await store.GetOrCreateMemberAsync(Platform.Discord, "u1", "Ana B.", CancellationToken.None);
        var unnamed = await store.GetOrCreateMemberAsync(Platform.Discord, "u1", string.Empty, CancellationToken.None);
        var other = await store.GetOrCreateMemberAsync(Platform.Teams, "u1", "Ana on Teams", CancellationToken.None);

        Assert.Equal(created.Id, renamed.Id);
        Assert.Equal(("Ana B.", true), (renamed.DisplayName, renamed.HiddenFromBoards));
        Assert.Equal(created.CreatedAt, renamed.CreatedAt);
        Assert.Equal("Ana B.", unnamed.DisplayName);
        Assert.NotEqual(created.Id, other.Id);
        Assert.Equal("Ana B.", (await store.FindMemberAsync(created.Id, CancellationToken.None))!.DisplayName);
    }

    [SkippableFact]
    public async Task SubmitAsync_FiftyParallelSubmits_RecordExactlyOneAnswer()
    {
        var (db, store) = await MigratedAsync();
        await using var _db = db;
        var round = await DailyRoundAsync(store, new DateOnly(2026, 11, 23));
        var sut = new AnswerService(store, Bank, _time, NullLogger<AnswerService>.Instance);
        var who = new MemberRef(Platform.Discord, "u-race", "Racer");
        await store.GetOrCreateMemberAsync(who.Platform, who.ExternalId, who.DisplayName, CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => sut.SubmitAsync(round.Id, who, ["C"], CancellationToken.None))));

        Assert.Equal(1, results.Count(r => r.Outcome == AnswerOutcome.Recorded));
        Assert.Equal(49, results.Count(r => r.Outcome == AnswerOutcome.AlreadyAnswered));
        await using var context = db.Factory.CreateDbContext();
        var stored = await context.Answers.SingleAsync();
        Assert.Equal("B", stored.Choice);
        Assert.Equal(2, stored.Points);
    }

    [SkippableFact]
    public async Task TryAddAnswer_HundredsOfMembersAtOnce_StoresEachOnceWithDistinctIds()
    {
        var (db, store) = await MigratedAsync();
        await using var _db = db;
        var round = await DailyRoundAsync(store, new DateOnly(2026, 11, 23));

        var stored = await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(async () =>
        {
            var member = await store.GetOrCreateMemberAsync(Platform.Discord, $"burst-{i % 150}", $"M{i % 150}", CancellationToken.None);
            var answer = new Answer { RoundId = round.Id, MemberId = member.Id, Kind = RoundKind.Daily, ChannelId = round.ChannelId, CommunityId = round.CommunityId, QuestionId = "q-one", Choice = "B", Correct = true, Points = 2, AnsweredAt = _time.GetUtcNow() };
            return (Added: await store.TryAddAnswerAsync(answer, CancellationToken.None), answer.Id);
        })));

        Assert.Equal(150, stored.Count(s => s.Added));
        Assert.Equal(150, stored.Where(s => s.Added).Select(s => s.Id).Distinct().Count());
        Assert.Equal(150, await store.CountAnswersAsync(round.Id, CancellationToken.None));
    }

    [SkippableFact]
    public async Task GetOrCreateMember_ParallelFirstContact_CreatesOneMember()
    {
        var (db, store) = await MigratedAsync();
        await using var _db = db;

        var members = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => store.GetOrCreateMemberAsync(Platform.Teams, "aad-1", "Kim", CancellationToken.None))));

        Assert.Single(members.Select(m => m.Id).Distinct());
    }

    [SkippableFact]
    public async Task GetBoardTotals_CountsPointsAndWhenTheScoreWasReached()
    {
        var (db, store) = await MigratedAsync();
        await using var _db = db;
        var r1 = await DailyRoundAsync(store, new DateOnly(2026, 11, 23));
        var r2 = await DailyRoundAsync(store, new DateOnly(2026, 11, 24));
        var ana = await store.GetOrCreateMemberAsync(Platform.Discord, "u1", "Ana", CancellationToken.None);
        var t0 = _time.GetUtcNow();
        await store.TryAddAnswerAsync(new Answer { RoundId = r1.Id, MemberId = ana.Id, Kind = RoundKind.Daily, ChannelId = r1.ChannelId, CommunityId = r1.CommunityId, QuestionId = "q-one", Choice = "B", Correct = true, Points = 2, AnsweredAt = t0 }, CancellationToken.None);
        await store.TryAddAnswerAsync(new Answer { RoundId = r2.Id, MemberId = ana.Id, Kind = RoundKind.Daily, ChannelId = r2.ChannelId, CommunityId = r2.CommunityId, QuestionId = "q-one", Choice = "A", Correct = false, Points = 0, AnsweredAt = t0.AddDays(1) }, CancellationToken.None);

        var all = await store.GetBoardTotalsAsync(new BoardQuery(r1.ChannelId, null, null, null, false), CancellationToken.None);
        var later = await store.GetBoardTotalsAsync(new BoardQuery(null, r1.CommunityId, t0.AddHours(1), null, false), CancellationToken.None);

        var row = Assert.Single(all);
        Assert.Equal((2, 2, 1), (row.Points, row.Answered, row.Correct));
        Assert.Equal(t0, row.ReachedAt);
        var laterRow = Assert.Single(later);
        Assert.Equal((0, 1, 0), (laterRow.Points, laterRow.Answered, laterRow.Correct));
        Assert.Null(laterRow.ReachedAt);
    }

    [SkippableFact]
    public async Task GetBoardTotals_EveryScopeAndPeriod_CarriesNamesPrivacyAndKeepsQuizOutUnlessAsked()
    {
        var (db, store) = await MigratedAsync();
        await using var _db = db;
        var r1 = await DailyRoundAsync(store, new DateOnly(2026, 11, 23));
        var ana = await store.GetOrCreateMemberAsync(Platform.Discord, "u1", "Ana", CancellationToken.None);
        var bo = await store.GetOrCreateMemberAsync(Platform.Discord, "u2", "Bo", CancellationToken.None);
        bo.HiddenFromBoards = true;
        await store.UpdateMemberAsync(bo, CancellationToken.None);
        var (quiz, _) = await store.AddRoundOrGetExistingAsync(new Round { Kind = RoundKind.Quiz, ChannelId = r1.ChannelId, CommunityId = r1.CommunityId, QuestionId = "q-one", ChoiceOrder = "ABC", OpensAt = _time.GetUtcNow(), ClosesAt = _time.GetUtcNow().AddHours(1) }, CancellationToken.None);
        var t0 = _time.GetUtcNow();
        Answer Make(Round r, Member m, bool correct, DateTimeOffset at) => new() { RoundId = r.Id, MemberId = m.Id, Kind = r.Kind, ChannelId = r.ChannelId, CommunityId = r.CommunityId, QuestionId = "q-one", Choice = correct ? "B" : "A", Correct = correct, Points = correct ? 2 : 0, AnsweredAt = at };
        Assert.True(await store.TryAddAnswerAsync(Make(r1, ana, true, t0), CancellationToken.None));
        Assert.True(await store.TryAddAnswerAsync(Make(r1, bo, false, t0.AddMinutes(5)), CancellationToken.None));
        Assert.True(await store.TryAddAnswerAsync(Make(quiz, ana, true, t0.AddMinutes(9)), CancellationToken.None));

        foreach (var (channel, community) in new[] { (r1.ChannelId, (long?)null), (null, r1.CommunityId) })
        {
            // All time reads the member-ordered index; a bounded period the time-ordered one: both must give the same rows.
            var allTime = (await store.GetBoardTotalsAsync(new BoardQuery(channel, community, null, null, false), CancellationToken.None)).OrderBy(t => t.MemberId).ToList();
            var bounded = (await store.GetBoardTotalsAsync(new BoardQuery(channel, community, t0, t0.AddHours(1), false), CancellationToken.None)).OrderBy(t => t.MemberId).ToList();
            var withQuiz = (await store.GetBoardTotalsAsync(new BoardQuery(channel, community, null, null, true), CancellationToken.None)).Single(t => t.MemberId == ana.Id);
            var afterAna = await store.GetBoardTotalsAsync(new BoardQuery(channel, community, t0.AddMinutes(1), null, false), CancellationToken.None);

            Assert.Equal(allTime, bounded);
            Assert.Equal([(ana.Id, "Ana", false, 2, 1, 1), (bo.Id, "Bo", true, 0, 1, 0)], allTime.Select(t => (t.MemberId, t.DisplayName, t.HiddenFromBoards, t.Points, t.Answered, t.Correct)));
            Assert.Equal((4, 2, 2), (withQuiz.Points, withQuiz.Answered, withQuiz.Correct));
            Assert.Equal(t0.AddMinutes(9), withQuiz.ReachedAt);
            Assert.Equal(bo.Id, Assert.Single(afterAna).MemberId);
        }
    }

    [SkippableFact]
    public async Task ListDailyRounds_MoreChannelsThanOneStatementTakes_ReadsEveryFieldOfEveryChannelAsEfDoes()
    {
        var (db, store) = await MigratedAsync();
        await using var _db = db;
        var community = await store.GetOrCreateCommunityAsync(Platform.Discord, "g1", "Guild", CancellationToken.None);
        var ids = new List<long>();
        for (var i = 0; i < 230; i++)
        {
            var channel = await store.GetOrCreateChannelAsync(community.Id, Platform.Discord, $"c{i}", "study", CancellationToken.None);
            ids.Add(channel.Id);
            var (round, _) = await store.AddRoundOrGetExistingAsync(new Round { Kind = RoundKind.Daily, ChannelId = channel.Id, CommunityId = community.Id, LocalDate = new DateOnly(2026, 11, 23), QuestionId = "q-one", ChoiceOrder = "CAB", OpensAt = _time.GetUtcNow(), ClosesAt = _time.GetUtcNow().AddHours(8) }, CancellationToken.None);
            if (i == 217)
            {
                round.ClosedAt = _time.GetUtcNow().AddHours(8);
                round.RevealedAt = _time.GetUtcNow().AddHours(8).AddSeconds(3);
                round.MessageRef = "m-217";
                await store.UpdateRoundAsync(round, CancellationToken.None);
            }
        }

        var rounds = await store.ListDailyRoundsAsync(ids, 5, CancellationToken.None);

        Assert.Equal(ids.Order(), rounds.Select(r => r.ChannelId!.Value).Order());
        var listed = rounds.Single(r => r.ChannelId == ids[217]);
        var configured = await store.FindChannelAsync(ids[217], CancellationToken.None);
        configured!.TimeZone = "Europe/Berlin";
        configured.Exam = "MLA-C01";
        configured.ConversationReference = "{\"conversation\":\"x\"}";
        configured.DailyEnabled = true;
        configured.PostMinuteOfDay = 17 * 60 + 30;
        await store.UpdateChannelAsync(configured, CancellationToken.None);
        var byId = await store.FindRoundAsync(listed.Id, CancellationToken.None);
        await using var context = db.Factory.CreateDbContext();
        var viaEf = await context.Rounds.AsNoTracking().SingleAsync(r => r.Id == listed.Id);
        Assert.Equivalent(viaEf, listed, strict: true);
        Assert.Equivalent(viaEf, byId, strict: true);
        Assert.Equivalent(await context.Channels.AsNoTracking().SingleAsync(c => c.Id == ids[217]), await store.FindChannelAsync(ids[217], CancellationToken.None), strict: true);
        Assert.Null(await store.FindChannelAsync(-1, CancellationToken.None));
        Assert.Equal(("m-217", new DateOnly(2026, 11, 23)), (listed.MessageRef, listed.LocalDate));
        Assert.NotNull(listed.RevealedAt);
    }

    [SkippableFact]
    public async Task ListDailyRounds_SeveralChannels_NewestFirstAndLimitedPerChannel()
    {
        var (db, store) = await MigratedAsync();
        await using var _db = db;
        var community = await store.GetOrCreateCommunityAsync(Platform.Discord, "g1", "Guild", CancellationToken.None);
        var channels = new List<Channel>();
        foreach (var name in new[] { "c1", "c2", "c3" })
        {
            var channel = await store.GetOrCreateChannelAsync(community.Id, Platform.Discord, name, name, CancellationToken.None);
            channels.Add(channel);
            for (var day = 1; day <= 4; day++)
            {
                await store.AddRoundOrGetExistingAsync(new Round
                {
                    Kind = RoundKind.Daily,
                    ChannelId = channel.Id,
                    CommunityId = community.Id,
                    LocalDate = new DateOnly(2026, 11, day),
                    QuestionId = "q-one",
                    ChoiceOrder = "CAB",
                    OpensAt = _time.GetUtcNow(),
                    ClosesAt = _time.GetUtcNow().AddHours(8),
                }, CancellationToken.None);
            }
        }

        var sut = await store.ListDailyRoundsAsync([channels[0].Id, channels[2].Id], 2, CancellationToken.None);

        Assert.Equal(4, sut.Count);
        foreach (var channel in new[] { channels[0], channels[2] })
        {
            Assert.Equal([new DateOnly(2026, 11, 4), new DateOnly(2026, 11, 3)], sut.Where(r => r.ChannelId == channel.Id).Select(r => r.LocalDate!.Value).Order().Reverse());
        }
    }

    [SkippableFact]
    public async Task ListAnsweredRounds_SinceTime_OnlyTheMembersLaterAnswers()
    {
        var (db, store) = await MigratedAsync();
        await using var _db = db;
        var r1 = await DailyRoundAsync(store, new DateOnly(2026, 11, 23));
        var r2 = await DailyRoundAsync(store, new DateOnly(2026, 11, 24));
        var ana = await store.GetOrCreateMemberAsync(Platform.Discord, "u1", "Ana", CancellationToken.None);
        var bo = await store.GetOrCreateMemberAsync(Platform.Discord, "u2", "Bo", CancellationToken.None);
        var t0 = _time.GetUtcNow();
        await store.TryAddAnswerAsync(new Answer { RoundId = r1.Id, MemberId = ana.Id, Kind = RoundKind.Daily, ChannelId = r1.ChannelId, CommunityId = r1.CommunityId, QuestionId = "q-one", Choice = "B", Correct = true, Points = 2, AnsweredAt = t0 }, CancellationToken.None);
        await store.TryAddAnswerAsync(new Answer { RoundId = r2.Id, MemberId = ana.Id, Kind = RoundKind.Daily, ChannelId = r2.ChannelId, CommunityId = r2.CommunityId, QuestionId = "q-one", Choice = "A", Correct = false, Points = 0, AnsweredAt = t0.AddDays(1) }, CancellationToken.None);
        await store.TryAddAnswerAsync(new Answer { RoundId = r2.Id, MemberId = bo.Id, Kind = RoundKind.Daily, ChannelId = r2.ChannelId, CommunityId = r2.CommunityId, QuestionId = "q-one", Choice = "B", Correct = true, Points = 2, AnsweredAt = t0.AddDays(1) }, CancellationToken.None);

        var sut = await store.ListAnsweredRoundsAsync([ana.Id], t0.AddHours(1), CancellationToken.None);

        Assert.Equal((ana.Id, r2.Id), Assert.Single(sut));
    }
}
