using System.Data;
using Microsoft.EntityFrameworkCore;
using StudyBot.Data.Configurations;
using StudyBot.Data.Providers;

namespace StudyBot.Data.Stores;

/// <summary>
/// Answers on EF, except storing one: the write of every click, as plain SQL for both providers alike (through EF it cost
/// several times the statement itself), on the write lane's connection (on SQLite the writer thread's, prepared).
/// </summary>
public sealed class EfAnswerStore(StudyBotDbContextFactory contexts, WriteGate gate) : IAnswerStore
{
    // The round must still be open when the row goes in: a reveal that closed it a moment ago wins over a click that read
    // it just before, and a repeat of the same member's answer is left out by the unique key. Either way no row comes back.
    private const string InsertSql =
        "INSERT INTO \"answers\" (\"RoundId\", \"MemberId\", \"Kind\", \"ChannelId\", \"CommunityId\", \"QuestionId\", \"Choice\", \"Correct\", \"Points\", \"AnsweredAt\") " +
        "SELECT @round, @member, @kind, @channel, @community, @question, @choice, @correct, @points, @answered " +
        "WHERE EXISTS (SELECT 1 FROM \"rounds\" WHERE \"Id\" = @round AND \"ClosedAt\" IS NULL) " +
        "ON CONFLICT (\"RoundId\", \"MemberId\") DO NOTHING RETURNING \"Id\"";

    public async Task<Answer?> FindAnswerAsync(long roundId, long memberId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Answers.AsNoTracking().FirstOrDefaultAsync(a => a.RoundId == roundId && a.MemberId == memberId, cancellationToken);
    }

    public async Task<bool> TryAddAnswerAsync(Answer answer, CancellationToken cancellationToken)
    {
        var insert = new SqlStatement(InsertSql, 10)
            .Add("@round", DbType.Int64, answer.RoundId)
            .Add("@member", DbType.Int64, answer.MemberId)
            .Add("@kind", DbType.Int32, (int)answer.Kind)
            .Add("@channel", DbType.Int64, answer.ChannelId)
            .Add("@community", DbType.Int64, answer.CommunityId)
            .Add("@question", DbType.String, answer.QuestionId)
            .Add("@choice", DbType.String, ColumnFormats.Join(answer.Keys))
            .Add("@correct", DbType.Boolean, answer.Correct)
            .Add("@points", DbType.Int32, answer.Points)
            .AddInstant("@answered", answer.AnsweredAt);
        return await gate.ExecuteAsync(commands => commands.ScalarAsync(insert, cancellationToken), cancellationToken) is not null;
    }

    public async Task<int> CountAnswersAsync(long roundId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Answers.CountAsync(a => a.RoundId == roundId, cancellationToken);
    }

    public async Task<IReadOnlyList<(Answer Answer, Member Member)>> ListRoundAnswersAsync(long roundId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var found = await db.Answers.AsNoTracking()
            .Where(a => a.RoundId == roundId)
            .Join(db.Members.AsNoTracking(), a => a.MemberId, m => m.Id, (a, m) => new { a, m })
            .OrderBy(x => x.a.Id)
            .ToListAsync(cancellationToken);
        return found.Select(x => (x.a, x.m)).ToList();
    }

    public async Task<IReadOnlyDictionary<string, int>> GetMemberQuestionUsageAsync(long memberId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Answers.AsNoTracking()
            .Where(a => a.MemberId == memberId)
            .GroupBy(a => a.QuestionId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
    }

    public async Task<IReadOnlyList<Answer>> ListMemberAnswersAsync(long memberId, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var answers = db.Answers.AsNoTracking().Where(a => a.MemberId == memberId);
        if (since is { } s)
        {
            answers = answers.Where(a => a.AnsweredAt >= s);
        }

        return await answers.OrderByDescending(a => a.AnsweredAt).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Answer>> ListAnswersAfterAsync(long afterId, long? memberId, int limit, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var answers = db.Answers.AsNoTracking().Where(a => a.Id > afterId);
        if (memberId is { } member)
        {
            answers = answers.Where(a => a.MemberId == member);
        }

        return await answers.OrderBy(a => a.Id).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Answer>> ListAnswersForRoundsAsync(IReadOnlyCollection<long> roundIds, IReadOnlyCollection<long> memberIds, CancellationToken cancellationToken)
    {
        if (roundIds.Count == 0 || memberIds.Count == 0)
        {
            return [];
        }

        await using var db = contexts.CreateDbContext();
        var rounds = roundIds.ToList();
        var members = memberIds.ToList();
        return await db.Answers.AsNoTracking()
            .Where(a => members.Contains(a.MemberId) && rounds.Contains(a.RoundId))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Answer>> ListScopeAnswersAsync(long? channelId, long? communityId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
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
}
