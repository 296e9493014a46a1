using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using StudyBot.Engine.Model;

namespace StudyBot.Data;

/// <summary>
/// The two writes of every answer click, as plain SQL: finding or registering the member, and storing the answer. Through
/// EF these cost several times the statements themselves (query lookup, change tracking, command batching); a click is
/// the one path where that shows, so it is written out here, for both providers alike. On SQLite the writes run on the
/// writer thread's own connection with prepared statements; on PostgreSQL on a pooled connection.
/// </summary>
public sealed partial class EfStudyStore
{
    private const string FindMemberSql =
        "SELECT \"Id\", \"DisplayName\", \"HiddenFromBoards\", \"CreatedAt\" FROM \"members\" WHERE \"Platform\" = @platform AND \"ExternalId\" = @external";

    private const string InsertMemberSql =
        "INSERT INTO \"members\" (\"Platform\", \"ExternalId\", \"DisplayName\", \"HiddenFromBoards\", \"CreatedAt\") " +
        "VALUES (@platform, @external, @name, @hidden, @created) ON CONFLICT (\"Platform\", \"ExternalId\") DO NOTHING RETURNING \"Id\"";

    private const string RenameMemberSql = "UPDATE \"members\" SET \"DisplayName\" = @name WHERE \"Id\" = @id";

    // The round must still be open when the row goes in: a reveal that closed it a moment ago wins over a click that read
    // it just before, and a repeat of the same member's answer is left out by the unique key. Either way no row comes back.
    private const string InsertAnswerSql =
        "INSERT INTO \"answers\" (\"RoundId\", \"MemberId\", \"Kind\", \"ChannelId\", \"CommunityId\", \"QuestionId\", \"Choice\", \"Correct\", \"Points\", \"AnsweredAt\") " +
        "SELECT @round, @member, @kind, @channel, @community, @question, @choice, @correct, @points, @answered " +
        "WHERE EXISTS (SELECT 1 FROM \"rounds\" WHERE \"Id\" = @round AND \"ClosedAt\" IS NULL) " +
        "ON CONFLICT (\"RoundId\", \"MemberId\") DO NOTHING RETURNING \"Id\"";

    // SQLite keeps instants as the same numbers EF writes (see SqliteStudyBotDbContext); PostgreSQL as timestamptz.
    private static readonly DateTimeOffsetToBinaryConverter SqliteInstant = new();

    public async Task<Member> GetOrCreateMemberAsync(Platform platform, string externalId, string displayName, CancellationToken cancellationToken)
    {
        if (!factory.IsPostgres)
        {
            // The lookup reads on a pooled connection, outside the writer queue: a reader that has to wait for SQLite's
            // log (it does, now and then, for tens of milliseconds) then delays only its own click, not every queued one.
            Member? known;
            await using (var reader = await factory.DataSource.OpenConnectionAsync(cancellationToken))
            {
                known = await ReadMemberAsync(new PooledCommands(reader), platform, externalId, cancellationToken);
            }

            return NeedsWrite(known, displayName)
                ? await factory.WithSqliteWriterAsync(() => RegisterOrRenameAsync(new WriterCommands(factory), known, platform, externalId, displayName, cancellationToken), cancellationToken)
                : known!;
        }

        await using var connection = await factory.DataSource.OpenConnectionAsync(cancellationToken);
        var commands = new PooledCommands(connection);
        var found = await ReadMemberAsync(commands, platform, externalId, cancellationToken);
        return NeedsWrite(found, displayName)
            ? await RegisterOrRenameAsync(commands, found, platform, externalId, displayName, cancellationToken)
            : found!;
    }

    private static bool NeedsWrite(Member? found, string displayName) =>
        found is null || (displayName.Length > 0 && found.DisplayName != displayName);

    public async Task<bool> TryAddAnswerAsync(Answer answer, CancellationToken cancellationToken)
    {
        if (!factory.IsPostgres)
        {
            return await factory.WithSqliteWriterAsync(() => TryAddAnswerAsync(new WriterCommands(factory), answer, cancellationToken), cancellationToken);
        }

        await using var connection = await factory.DataSource.OpenConnectionAsync(cancellationToken);
        return await TryAddAnswerAsync(new PooledCommands(connection), answer, cancellationToken);
    }

    /// <summary>Renames the member found by the lookup, or registers one the lookup did not find.</summary>
    private async Task<Member> RegisterOrRenameAsync(ICommands commands, Member? found, Platform platform, string externalId, string displayName, CancellationToken cancellationToken)
    {
        if (found is not null)
        {
            var rename = commands.Get(RenameMemberSql);
            try
            {
                Add(rename, "@name", DbType.String, displayName);
                Add(rename, "@id", DbType.Int64, found.Id);
                await rename.ExecuteNonQueryAsync(cancellationToken);
            }
            finally
            {
                await commands.ReleaseAsync(rename);
            }

            found.DisplayName = displayName;
            return found;
        }

        var member = new Member { Platform = platform, ExternalId = externalId, DisplayName = displayName, CreatedAt = time.GetUtcNow() };
        var insert = commands.Get(InsertMemberSql);
        try
        {
            Add(insert, "@platform", DbType.Int32, (int)platform);
            Add(insert, "@external", DbType.String, externalId);
            Add(insert, "@name", DbType.String, displayName);
            Add(insert, "@hidden", DbType.Boolean, false);
            AddInstant(insert, "@created", member.CreatedAt);
            if (await insert.ExecuteScalarAsync(cancellationToken) is { } id and not DBNull)
            {
                member.Id = Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
                return member;
            }
        }
        finally
        {
            await commands.ReleaseAsync(insert);
        }

        // Someone else registered the member between our read and our insert: theirs is the one.
        return await ReadMemberAsync(commands, platform, externalId, cancellationToken)
            ?? throw new InvalidOperationException($"Member {platform}/{externalId} was neither inserted nor found.");
    }

    private async Task<bool> TryAddAnswerAsync(ICommands commands, Answer answer, CancellationToken cancellationToken)
    {
        var insert = commands.Get(InsertAnswerSql);
        try
        {
            Add(insert, "@round", DbType.Int64, answer.RoundId);
            Add(insert, "@member", DbType.Int64, answer.MemberId);
            Add(insert, "@kind", DbType.Int32, (int)answer.Kind);
            Add(insert, "@channel", DbType.Int64, answer.ChannelId);
            Add(insert, "@community", DbType.Int64, answer.CommunityId);
            Add(insert, "@question", DbType.String, answer.QuestionId);
            Add(insert, "@choice", DbType.String, answer.Choice);
            Add(insert, "@correct", DbType.Boolean, answer.Correct);
            Add(insert, "@points", DbType.Int32, answer.Points);
            AddInstant(insert, "@answered", answer.AnsweredAt);
            if (await insert.ExecuteScalarAsync(cancellationToken) is not { } id || id is DBNull)
            {
                return false;
            }

            answer.Id = Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }
        finally
        {
            await commands.ReleaseAsync(insert);
        }
    }

    private async Task<Member?> ReadMemberAsync(ICommands commands, Platform platform, string externalId, CancellationToken cancellationToken)
    {
        var find = commands.Get(FindMemberSql);
        try
        {
            Add(find, "@platform", DbType.Int32, (int)platform);
            Add(find, "@external", DbType.String, externalId);
            await using var reader = await find.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? ReadMember(reader, platform, externalId) : null;
        }
        finally
        {
            await commands.ReleaseAsync(find);
        }
    }

    private Member ReadMember(DbDataReader reader, Platform platform, string externalId) =>
        new()
        {
            Id = reader.GetInt64(0),
            Platform = platform,
            ExternalId = externalId,
            DisplayName = reader.GetString(1),
            HiddenFromBoards = reader.GetBoolean(2),
            CreatedAt = ReadInstant(reader, 3),
        };

    /// <summary>Where the answer path's commands come from: SQLite's writing connection (prepared, kept) or a pooled one.</summary>
    private interface ICommands
    {
        DbCommand Get(string sql);

        ValueTask ReleaseAsync(DbCommand command);
    }

    private sealed class WriterCommands(StudyBotDbContextFactory factory) : ICommands
    {
        public DbCommand Get(string sql) => factory.WriterCommand(sql);

        public ValueTask ReleaseAsync(DbCommand command) => ValueTask.CompletedTask;
    }

    private sealed class PooledCommands(DbConnection connection) : ICommands
    {
        public DbCommand Get(string sql)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            return command;
        }

        public ValueTask ReleaseAsync(DbCommand command) => command.DisposeAsync();
    }

    private void AddInstant(DbCommand command, string name, DateTimeOffset value)
    {
        if (factory.IsPostgres)
        {
            Add(command, name, DbType.DateTimeOffset, value.ToUniversalTime());
        }
        else
        {
            Add(command, name, DbType.Int64, SqliteInstant.ConvertToProviderTyped(value));
        }
    }

    private static void Add(DbCommand command, string name, DbType type, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
