using System.Data;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StudyBot.Data.Providers;

namespace StudyBot.Data.Stores;

/// <summary>
/// Members. Finding or registering one is the first write of every click, so it is written out as SQL (through EF it cost
/// several times the statements themselves: query lookup, change tracking, batching); the rest is EF.
/// </summary>
public sealed class EfMemberStore(StudyBotDbContextFactory contexts, WriteGate gate, SqlReads reads, RowMapper rows, TimeProvider time) : IMemberStore
{
    private const string FindSql =
        "SELECT " + RowMapper.MemberColumns + " FROM \"members\" WHERE \"Platform\" = @platform AND \"ExternalId\" = @external";

    private const string InsertSql =
        "INSERT INTO \"members\" (\"Platform\", \"ExternalId\", \"DisplayName\", \"HiddenFromBoards\", \"CreatedAt\") " +
        "VALUES (@platform, @external, @name, @hidden, @created) ON CONFLICT (\"Platform\", \"ExternalId\") DO NOTHING RETURNING \"Id\"";

    private const string RenameSql = "UPDATE \"members\" SET \"DisplayName\" = @name WHERE \"Id\" = @id";

    public async Task<Member> EnsureMemberAsync(Platform platform, string externalId, string displayName, CancellationToken cancellationToken)
    {
        // The lookup reads on a pooled connection, outside the write lane: a reader that has to wait for SQLite's log (it
        // does, now and then, for tens of milliseconds) then delays only its own click, not every queued one.
        var known = await reads.ReadRowAsync(Find(platform, externalId), r => rows.ReadMember(r, platform, externalId), cancellationToken);
        if (known is not null && (displayName.Length == 0 || known.DisplayName == displayName))
        {
            return known;
        }

        return await gate.ExecuteAsync(commands => RegisterOrRenameAsync(commands, known, platform, externalId, displayName, cancellationToken), cancellationToken);
    }

    public async Task<Member?> FindMemberAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
    }

    public async Task<Member?> FindMemberAsync(Platform platform, string externalId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Platform == platform && m.ExternalId == externalId, cancellationToken);
    }

    public Task SetHiddenFromBoardsAsync(long memberId, bool hidden, CancellationToken cancellationToken) =>
        gate.UpdateAsync<Member>(m => m.Id == memberId, s => s.SetProperty(m => m.HiddenFromBoards, hidden), cancellationToken);

    /// <summary>Renames the member found by the lookup, or registers one the lookup did not find.</summary>
    private async Task<Member> RegisterOrRenameAsync(SqlCommands commands, Member? found, Platform platform, string externalId, string displayName, CancellationToken cancellationToken)
    {
        if (found is not null)
        {
            await commands.NonQueryAsync(new SqlStatement(RenameSql).Add("@name", DbType.String, displayName).Add("@id", DbType.Int64, found.Id), cancellationToken);
            return found with { DisplayName = displayName };
        }

        var member = new Member { Platform = platform, ExternalId = externalId, DisplayName = displayName, CreatedAt = time.GetUtcNow() };
        var insert = new SqlStatement(InsertSql, 5)
            .Add("@platform", DbType.Int32, (int)platform)
            .Add("@external", DbType.String, externalId)
            .Add("@name", DbType.String, displayName)
            .Add("@hidden", DbType.Boolean, false)
            .AddInstant("@created", member.CreatedAt);
        if (await commands.ScalarAsync(insert, cancellationToken) is { } id)
        {
            return member with { Id = Convert.ToInt64(id, CultureInfo.InvariantCulture) };
        }

        // Someone else registered the member between our read and our insert: theirs is the one.
        return await commands.ReadRowAsync(Find(platform, externalId), r => rows.ReadMember(r, platform, externalId), cancellationToken)
            ?? throw new InvalidOperationException($"Member {platform}/{externalId} was neither inserted nor found.");
    }

    private static SqlStatement Find(Platform platform, string externalId) =>
        new SqlStatement(FindSql).Add("@platform", DbType.Int32, (int)platform).Add("@external", DbType.String, externalId);
}
