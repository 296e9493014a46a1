using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;

namespace StudyBot.Data;

/// <summary>The engine's store on EF Core. Each call uses its own short-lived context, so the store is safe to share.</summary>
public sealed partial class EfStudyStore(StudyBotDbContextFactory factory, TimeProvider time) : IStudyStore
{
    public async Task<Community> GetOrCreateCommunityAsync(Platform platform, string externalId, string name, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var found = await db.Communities.AsNoTracking().FirstOrDefaultAsync(c => c.Platform == platform && c.ExternalId == externalId, cancellationToken);
        if (found is not null)
        {
            return found;
        }

        var community = new Community { Platform = platform, ExternalId = externalId, Name = name, CreatedAt = time.GetUtcNow() };
        return await InsertOrLoadAsync(db, community, d => d.Communities.AsNoTracking().FirstAsync(c => c.Platform == platform && c.ExternalId == externalId, cancellationToken), cancellationToken);
    }

    public async Task<Community?> FindCommunityAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Communities.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    public Task UpdateCommunityAsync(Community community, CancellationToken cancellationToken) => UpdateAsync(community, cancellationToken);

    public async Task<Channel> GetOrCreateChannelAsync(long communityId, Platform platform, string externalId, string name, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var found = await db.Channels.AsNoTracking().FirstOrDefaultAsync(c => c.Platform == platform && c.ExternalId == externalId, cancellationToken);
        if (found is not null)
        {
            return found;
        }

        var channel = new Channel { CommunityId = communityId, Platform = platform, ExternalId = externalId, Name = name, CreatedAt = time.GetUtcNow() };
        return await InsertOrLoadAsync(db, channel, d => d.Channels.AsNoTracking().FirstAsync(c => c.Platform == platform && c.ExternalId == externalId, cancellationToken), cancellationToken);
    }

    public async Task<Channel?> FindChannelAsync(Platform platform, string externalId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Channels.AsNoTracking().FirstOrDefaultAsync(c => c.Platform == platform && c.ExternalId == externalId, cancellationToken);
    }

    public Task UpdateChannelAsync(Channel channel, CancellationToken cancellationToken) => UpdateAsync(channel, cancellationToken);

    public async Task<IReadOnlyList<Channel>> ListScheduledChannelsAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Channels.AsNoTracking().Where(c => c.Active && c.DailyEnabled).OrderBy(c => c.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<long>> ListScheduledChannelIdsAsync(long communityId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Channels.AsNoTracking()
            .Where(c => c.CommunityId == communityId && c.Active && c.DailyEnabled)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Channel>> ListCommunityChannelsAsync(long communityId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Channels.AsNoTracking().Where(c => c.CommunityId == communityId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
    }

    public async Task<Member?> FindMemberAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
    }

    public async Task<Member?> FindMemberAsync(Platform platform, string externalId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Platform == platform && m.ExternalId == externalId, cancellationToken);
    }

    public Task UpdateMemberAsync(Member member, CancellationToken cancellationToken) => UpdateAsync(member, cancellationToken);

    public async Task<Round?> FindDailyRoundAsync(long channelId, DateOnly localDate, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.ChannelId == channelId && r.LocalDate == localDate, cancellationToken);
    }

    public async Task<Round?> FindLatestDailyRoundAsync(long channelId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Rounds.AsNoTracking()
            .Where(r => r.ChannelId == channelId && r.Kind == RoundKind.Daily)
            .OrderByDescending(r => r.LocalDate)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Round>> ListDailyRoundsAsync(long channelId, int limit, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Rounds.AsNoTracking()
            .Where(r => r.ChannelId == channelId && r.Kind == RoundKind.Daily)
            .OrderByDescending(r => r.LocalDate)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    public async Task<(Round Round, bool Created)> AddRoundOrGetExistingAsync(Round round, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        db.Rounds.Add(round);
        try
        {
            await factory.SaveChangesAsync(db, cancellationToken);
            return (round, true);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            await using var fresh = factory.CreateDbContext();
            var existing = round.LocalDate is { } date
                ? await fresh.Rounds.AsNoTracking().FirstAsync(r => r.ChannelId == round.ChannelId && r.LocalDate == date, cancellationToken)
                : await fresh.Rounds.AsNoTracking().FirstAsync(r => r.QuizId == round.QuizId && r.Sequence == round.Sequence, cancellationToken);
            return (existing, false);
        }
    }

    public Task UpdateRoundAsync(Round round, CancellationToken cancellationToken) => UpdateAsync(round, cancellationToken);

    public async Task<(Digest Digest, bool Created)> AddDigestOrGetExistingAsync(Digest digest, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        db.Digests.Add(digest);
        try
        {
            await factory.SaveChangesAsync(db, cancellationToken);
            return (digest, true);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            await using var fresh = factory.CreateDbContext();
            var existing = await fresh.Digests.AsNoTracking().FirstAsync(d => d.ChannelId == digest.ChannelId && d.WeekStart == digest.WeekStart, cancellationToken);
            return (existing, false);
        }
    }

    public Task UpdateDigestAsync(Digest digest, CancellationToken cancellationToken) => UpdateAsync(digest, cancellationToken);

    public async Task<IReadOnlyDictionary<string, int>> GetChannelQuestionUsageAsync(long channelId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Rounds.AsNoTracking()
            .Where(r => r.ChannelId == channelId && r.Kind == RoundKind.Daily)
            .GroupBy(r => r.QuestionId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, int>> GetMemberQuestionUsageAsync(long memberId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Answers.AsNoTracking()
            .Where(a => a.MemberId == memberId)
            .GroupBy(a => a.QuestionId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
    }

    public async Task<Answer?> FindAnswerAsync(long roundId, long memberId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Answers.AsNoTracking().FirstOrDefaultAsync(a => a.RoundId == roundId && a.MemberId == memberId, cancellationToken);
    }

    public async Task<int> CountAnswersAsync(long roundId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Answers.CountAsync(a => a.RoundId == roundId, cancellationToken);
    }

    public async Task<IReadOnlyList<(Answer Answer, Member Member)>> ListRoundAnswersAsync(long roundId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.Answers.AsNoTracking()
            .Where(a => a.RoundId == roundId)
            .Join(db.Members.AsNoTracking(), a => a.MemberId, m => m.Id, (a, m) => new { a, m })
            .ToListAsync(cancellationToken);
        return rows.Select(x => (x.a, x.m)).ToList();
    }

    public async Task<Quiz> AddQuizAsync(Quiz quiz, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        db.Quizzes.Add(quiz);
        await factory.SaveChangesAsync(db, cancellationToken);
        return quiz;
    }

    public async Task<Quiz?> FindQuizAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Quizzes.AsNoTracking().FirstOrDefaultAsync(q => q.Id == id, cancellationToken);
    }

    public Task UpdateQuizAsync(Quiz quiz, CancellationToken cancellationToken) => UpdateAsync(quiz, cancellationToken);

    public async Task<IReadOnlyList<Round>> ListQuizRoundsAsync(long quizId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Rounds.AsNoTracking().Where(r => r.QuizId == quizId).OrderBy(r => r.Sequence).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Answer>> ListMemberAnswersAsync(long memberId, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var answers = db.Answers.AsNoTracking().Where(a => a.MemberId == memberId);
        if (since is { } s)
        {
            answers = answers.Where(a => a.AnsweredAt >= s);
        }

        return await answers.OrderByDescending(a => a.AnsweredAt).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Answer>> ListAnswersForRoundsAsync(IReadOnlyCollection<long> roundIds, IReadOnlyCollection<long> memberIds, CancellationToken cancellationToken)
    {
        if (roundIds.Count == 0 || memberIds.Count == 0)
        {
            return [];
        }

        await using var db = factory.CreateDbContext();
        var rounds = roundIds.ToList();
        var members = memberIds.ToList();
        return await db.Answers.AsNoTracking()
            .Where(a => members.Contains(a.MemberId) && rounds.Contains(a.RoundId))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Answer>> ListScopeAnswersAsync(long? channelId, long? communityId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var answers = db.Answers.AsNoTracking().Where(a => a.AnsweredAt >= since);
        if (channelId is { } c)
        {
            answers = answers.Where(a => a.ChannelId == c);
        }

        if (communityId is { } m)
        {
            answers = answers.Where(a => a.CommunityId == m);
        }

        return await answers.ToListAsync(cancellationToken);
    }

    private async Task UpdateAsync<T>(T entity, CancellationToken cancellationToken)
        where T : class
    {
        await using var db = factory.CreateDbContext();
        db.Update(entity);
        await factory.SaveChangesAsync(db, cancellationToken);
    }

    private async Task<T> InsertOrLoadAsync<T>(StudyBotDbContext db, T entity, Func<StudyBotDbContext, Task<T>> load, CancellationToken cancellationToken)
        where T : class
    {
        db.Add(entity);
        try
        {
            await factory.SaveChangesAsync(db, cancellationToken);
            return entity;
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            // Someone else created it between our read and our insert: theirs is the one.
            await using var fresh = factory.CreateDbContext();
            return await load(fresh);
        }
    }

    private static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        SqliteException s => s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
