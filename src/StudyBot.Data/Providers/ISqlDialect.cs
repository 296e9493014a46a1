using System.Data.Common;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace StudyBot.Data.Providers;

/// <summary>What differs between the providers once the SQL is the same: everything the stores would otherwise ask "is this PostgreSQL?" for.</summary>
public interface ISqlDialect
{
    DatabaseProvider Provider { get; }

    /// <summary>The provider's name in logs.</summary>
    string Name { get; }

    /// <summary>Binds a statement's parameters to a command, writing instants as this provider stores them.</summary>
    void Bind(DbCommand command, SqlStatement statement);

    /// <summary>Reads an instant as this provider stores it (SQLite: the ticks EF writes; PostgreSQL: timestamptz).</summary>
    DateTimeOffset ReadInstant(DbDataReader reader, int ordinal);

    /// <summary>Whether a failed write broke a unique key (someone else's row is there: theirs is the one).</summary>
    bool IsUniqueViolation(Exception exception);

    /// <summary>
    /// The clause that tells the planner which index to read a table through, placed right after the table's alias; empty
    /// where the planner chooses well from its statistics.
    /// </summary>
    string IndexHint(string indexName);

    /// <summary>Before migrating: whatever must exist for the database to be created (SQLite: the file's folder).</summary>
    void BeforeMigrate(DatabaseSettings settings);

    /// <summary>After migrating: settings kept in the database itself (SQLite: write-ahead logging).</summary>
    Task AfterMigrateAsync(DatabaseFacade database, CancellationToken cancellationToken);
}
