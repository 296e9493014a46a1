using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace StudyBot.Data.Providers;

/// <summary>
/// Per-connection SQLite settings for every connection the bot opens (EF Core and Quartz alike). In WAL mode
/// <c>synchronous=NORMAL</c> syncs the log at checkpoints instead of at every commit: a commit stays atomic and survives a
/// crash of the process, and only a power cut may undo the last few. At FULL every commit waits for the disk (about 5 ms),
/// and a daily post takes several commits, which capped the posting rate well below Discord's 50 requests a second.
/// <c>busy_timeout</c> lets SQLite itself wait for the other writer (Quartz and EF write to the same file) in steps of a
/// few milliseconds; without it Microsoft.Data.Sqlite answers a busy database by sleeping 150 ms before each retry.
/// <c>wal_autocheckpoint</c> is raised from 1,000 to 16,000 pages: <see cref="SqliteCheckpointService"/> checkpoints in the
/// background four times a second, so the commit that meets SQLite's own threshold finds little left to copy.
/// The settings belong to the native connection, which Microsoft.Data.Sqlite keeps in its pool between opens, so they
/// are applied once per native connection rather than on every open (a click opens a connection three times).
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA wal_autocheckpoint=16000;";

    // Native handles that already carry the settings; an entry goes when its handle is collected.
    private static readonly ConditionalWeakTable<object, object> Applied = [];

    public static SqliteConnectionSettings Instance { get; } = new();

    public static void Apply(DbConnection connection)
    {
        if (!NeedsSettings(connection, out var handle))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        Remember(handle);
    }

    public static async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (!NeedsSettings(connection, out var handle))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Remember(handle);
    }

    private static bool NeedsSettings(DbConnection connection, out object? handle)
    {
        handle = (connection as SqliteConnection)?.Handle;
        return handle is null || !Applied.TryGetValue(handle, out _);
    }

    private static void Remember(object? handle)
    {
        if (handle is not null)
        {
            Applied.AddOrUpdate(handle, handle);
        }
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ApplyAsync(connection, cancellationToken);
}
