using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace StudyBot.Data.Providers;

public sealed class SqliteDialect : ISqlDialect
{
    // SQLite keeps instants as the same numbers EF writes (see SqliteStudyBotDbContext).
    private static readonly DateTimeOffsetToBinaryConverter Instant = new();

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string Name => "SQLite";

    public void Bind(DbCommand command, SqlStatement statement)
    {
        foreach (var p in statement.Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = p.Name;
            (parameter.DbType, parameter.Value) = p.Type is { } type
                ? (type, p.Value ?? DBNull.Value)
                : (DbType.Int64, Instant.ConvertToProviderTyped((DateTimeOffset)p.Value!));
            command.Parameters.Add(parameter);
        }
    }

    public DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) => Instant.ConvertFromProviderTyped(reader.GetInt64(ordinal));

    public bool IsUniqueViolation(Exception exception) =>
        (exception as SqliteException ?? exception.InnerException as SqliteException) is { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 };

    // SQLite keeps no statistics, so a board is told which of its two covering indexes fits the period.
    public string IndexHint(string indexName) => $" INDEXED BY \"{indexName}\"";

    public void BeforeMigrate(DatabaseSettings settings)
    {
        var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    // Readers never block the writer, and the writer never blocks readers.
    public async Task AfterMigrateAsync(DatabaseFacade database, CancellationToken cancellationToken) =>
        await database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
}
