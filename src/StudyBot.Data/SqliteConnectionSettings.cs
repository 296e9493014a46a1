using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace StudyBot.Data;

/// <summary>
/// Per-connection SQLite settings, applied each time EF opens a connection. The database runs in WAL mode (set by
/// <see cref="DatabaseMigrator"/>), where <c>synchronous=NORMAL</c> cannot corrupt the file and syncs at checkpoints
/// instead of at every commit; a commit then costs microseconds instead of an fsync (milliseconds), which is what lets
/// a burst of daily-question clicks through. The price: after a power cut (not a crash of the bot) the last answers
/// committed before it may be lost.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
