using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace StudyBot.Data;

/// <summary>
/// Per-connection SQLite settings for every connection the bot opens (EF Core and Quartz alike). In WAL mode
/// <c>synchronous=NORMAL</c> syncs the log at checkpoints instead of at every commit: a commit stays atomic and survives a
/// crash of the process, and only a power cut may undo the last few. At FULL every commit waits for the disk (about 5 ms),
/// and a daily post takes several commits, which capped the posting rate well below Discord's 50 requests a second.
/// <c>busy_timeout</c> lets SQLite itself wait for the other writer (Quartz and EF write to the same file) in steps of a
/// few milliseconds; without it Microsoft.Data.Sqlite answers a busy database by sleeping 150 ms before each retry.
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";

    public static SqliteConnectionSettings Instance { get; } = new();

    public static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public static async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ApplyAsync(connection, cancellationToken);
}
