using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace StudyBot.Data.Providers;

public sealed class PostgresDialect : ISqlDialect
{
    public DatabaseProvider Provider => DatabaseProvider.Postgres;

    public string Name => "PostgreSQL";

    public void Bind(DbCommand command, SqlStatement statement)
    {
        foreach (var p in statement.Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = p.Name;
            (parameter.DbType, parameter.Value) = p.Type is { } type
                ? (type, p.Value ?? DBNull.Value)
                : (DbType.DateTimeOffset, ((DateTimeOffset)p.Value!).ToUniversalTime());
            command.Parameters.Add(parameter);
        }
    }

    public DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public bool IsUniqueViolation(Exception exception) =>
        (exception as PostgresException ?? exception.InnerException as PostgresException) is { SqlState: PostgresErrorCodes.UniqueViolation };

    // PostgreSQL chooses between the board's indexes from its statistics.
    public string IndexHint(string indexName) => string.Empty;

    public void BeforeMigrate(DatabaseSettings settings)
    {
    }

    public Task AfterMigrateAsync(DatabaseFacade database, CancellationToken cancellationToken) => Task.CompletedTask;
}
