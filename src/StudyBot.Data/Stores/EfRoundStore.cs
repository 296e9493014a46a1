using System.Data;
using System.Text;
using Microsoft.EntityFrameworkCore;
using StudyBot.Data.Providers;

namespace StudyBot.Data.Stores;

/// <summary>
/// Rounds on EF, with two hot reads as plain SQL: a round by id (every click), and the channels' recent daily rounds behind
/// every streak on a board or in stats, which return hundreds to thousands of rows per call, where EF's materialization
/// cost more than the indexed reads themselves.
/// </summary>
public sealed class EfRoundStore(StudyBotDbContextFactory contexts, WriteGate gate, SqlReads reads, RowMapper rows) : IRoundStore
{
    private const string RoundByIdSql = "SELECT " + RowMapper.RoundColumns + " FROM \"rounds\" WHERE \"Id\" = @id";

    // SQLite allows 500 parts in a compound SELECT.
    private const int ChannelsPerStatement = 200;

    /// <summary>By id: every click reads its round (a daily round at most once in 10 s per process, see AnswerService).</summary>
    public Task<Round?> FindRoundAsync(long id, CancellationToken cancellationToken) =>
        reads.ReadRowAsync(new SqlStatement(RoundByIdSql).Add("@id", DbType.Int64, id), rows.ReadRound, cancellationToken);

    public async Task<Round?> FindDailyRoundAsync(long channelId, DateOnly localDate, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.ChannelId == channelId && r.LocalDate == localDate, cancellationToken);
    }

    public async Task<Round?> FindLatestDailyRoundAsync(long channelId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Rounds.AsNoTracking()
            .Where(r => r.ChannelId == channelId && r.Kind == RoundKind.Daily)
            .OrderByDescending(r => r.LocalDate)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Round>> ListDailyRoundsAsync(long channelId, int limit, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Rounds.AsNoTracking()
            .Where(r => r.ChannelId == channelId && r.Kind == RoundKind.Daily)
            .OrderByDescending(r => r.LocalDate)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Round>> ListDailyRoundsAsync(IReadOnlyCollection<long> channelIds, int limitPerChannel, CancellationToken cancellationToken)
    {
        if (channelIds.Count == 0)
        {
            return [];
        }

        // One LIMITed range of the (channel, date) index per channel, UNION ALL-ed into one statement per 200 channels. A
        // window function over the channels would number every daily round of the table first.
        return await reads.QueryAsync(
            async queries =>
            {
                var rounds = new List<Round>();
                foreach (var chunk in channelIds.Distinct().Chunk(ChannelsPerStatement))
                {
                    var sql = new StringBuilder();
                    for (var i = 0; i < chunk.Length; i++)
                    {
                        if (i > 0)
                        {
                            sql.Append(" UNION ALL ");
                        }

                        sql.Append("SELECT * FROM (SELECT ").Append(RowMapper.RoundColumns).Append(" FROM \"rounds\" WHERE \"ChannelId\" = @c").Append(i)
                            .Append(" AND \"Kind\" = @daily ORDER BY \"LocalDate\" DESC LIMIT @limit) AS r").Append(i);
                    }

                    var command = new SqlStatement(sql.ToString());
                    for (var i = 0; i < chunk.Length; i++)
                    {
                        command.Add("@c" + i, DbType.Int64, chunk[i]);
                    }

                    command.Add("@daily", DbType.Int32, (int)RoundKind.Daily).Add("@limit", DbType.Int32, limitPerChannel);
                    await queries.ReadRowsAsync(command, rows.ReadRound, rounds, cancellationToken);
                }

                return (IReadOnlyList<Round>)rounds;
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<Round>> ListQuizRoundsAsync(long quizId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Rounds.AsNoTracking().Where(r => r.QuizId == quizId).OrderBy(r => r.Sequence).ToListAsync(cancellationToken);
    }

    public async Task<(Round Round, bool Created)> AddRoundOrGetExistingAsync(Round round, CancellationToken cancellationToken)
    {
        // A copy takes the generated id: the caller's record stays as it was given.
        var row = round with { Id = 0 };
        if (await gate.TryInsertAsync(row, cancellationToken))
        {
            return (row, true);
        }

        await using var db = contexts.CreateDbContext();
        var existing = round.LocalDate is { } date
            ? await db.Rounds.AsNoTracking().FirstAsync(r => r.ChannelId == round.ChannelId && r.LocalDate == date, cancellationToken)
            : await db.Rounds.AsNoTracking().FirstAsync(r => r.QuizId == round.QuizId && r.Sequence == round.Sequence, cancellationToken);
        return (existing, false);
    }

    public async Task<bool> CloseRoundAsync(long roundId, DateTimeOffset closedAt, CancellationToken cancellationToken) =>
        await gate.UpdateAsync<Round>(r => r.Id == roundId && r.ClosedAt == null, s => s.SetProperty(r => r.ClosedAt, closedAt), cancellationToken) == 1;

    public Task SetMessageRefAsync(long roundId, string messageRef, CancellationToken cancellationToken) =>
        gate.UpdateAsync<Round>(r => r.Id == roundId, s => s.SetProperty(r => r.MessageRef, messageRef), cancellationToken);

    public async Task<bool> MarkRevealedAsync(long roundId, DateTimeOffset revealedAt, CancellationToken cancellationToken) =>
        await gate.UpdateAsync<Round>(r => r.Id == roundId && r.RevealedAt == null, s => s.SetProperty(r => r.RevealedAt, revealedAt), cancellationToken) == 1;

    public async Task<IReadOnlyDictionary<string, int>> GetChannelQuestionUsageAsync(long channelId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Rounds.AsNoTracking()
            .Where(r => r.ChannelId == channelId && r.Kind == RoundKind.Daily)
            .GroupBy(r => r.QuestionId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
    }
}
