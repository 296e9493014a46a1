using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using StudyBot.Engine.Model;

namespace StudyBot.Data;

/// <summary>
/// The two writes of every answer click, as plain SQL on a pooled connection: finding or registering the member, and
/// storing the answer. Through EF these cost several times the statements themselves (query lookup, change tracking,
/// command batching); a click is the one path where that shows, so it is written out here, for both providers alike.
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
        await using var connection = await factory.DataSource.OpenConnectionAsync(cancellationToken);
        var found = await ReadMemberAsync(connection, platform, externalId, cancellationToken);
        if (found is not null)
        {
            if (displayName.Length > 0 && found.DisplayName != displayName)
            {
                await using var rename = connection.CreateCommand();
                rename.CommandText = RenameMemberSql;
                Add(rename, "@name", DbType.String, displayName);
                Add(rename, "@id", DbType.Int64, found.Id);
                await factory.WriteAsync(rename.ExecuteNonQueryAsync, cancellationToken);
                found.DisplayName = displayName;
            }

            return found;
        }

        var member = new Member { Platform = platform, ExternalId = externalId, DisplayName = displayName, CreatedAt = time.GetUtcNow() };
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = InsertMemberSql;
            Add(insert, "@platform", DbType.Int32, (int)platform);
            Add(insert, "@external", DbType.String, externalId);
            Add(insert, "@name", DbType.String, displayName);
            Add(insert, "@hidden", DbType.Boolean, false);
            AddInstant(insert, "@created", member.CreatedAt);
            if (await factory.WriteAsync(insert.ExecuteScalarAsync, cancellationToken) is { } id and not DBNull)
            {
                member.Id = Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
                return member;
            }
        }

        // Someone else registered the member between our read and our insert: theirs is the one.
        return await ReadMemberAsync(connection, platform, externalId, cancellationToken)
            ?? throw new InvalidOperationException($"Member {platform}/{externalId} was neither inserted nor found.");
    }

    public async Task<bool> TryAddAnswerAsync(Answer answer, CancellationToken cancellationToken)
    {
        await using var connection = await factory.DataSource.OpenConnectionAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText = InsertAnswerSql;
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
        if (await factory.WriteAsync(insert.ExecuteScalarAsync, cancellationToken) is not { } id || id is DBNull)
        {
            return false;
        }

        answer.Id = Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    private async Task<Member?> ReadMemberAsync(DbConnection connection, Platform platform, string externalId, CancellationToken cancellationToken)
    {
        await using var find = connection.CreateCommand();
        find.CommandText = FindMemberSql;
        Add(find, "@platform", DbType.Int32, (int)platform);
        Add(find, "@external", DbType.String, externalId);
        await using var reader = await find.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new Member
        {
            Id = reader.GetInt64(0),
            Platform = platform,
            ExternalId = externalId,
            DisplayName = reader.GetString(1),
            HiddenFromBoards = reader.GetBoolean(2),
            CreatedAt = factory.IsPostgres ? reader.GetFieldValue<DateTimeOffset>(3) : SqliteInstant.ConvertFromProviderTyped(reader.GetInt64(3)),
        };
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
