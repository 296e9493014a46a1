using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StudyBot.Data.Providers;

namespace StudyBot.Data;

/// <summary>Applies the provider's migration set, with the provider's steps around it (SQLite: the file's folder, then WAL).</summary>
public sealed class DatabaseMigrator(StudyBotDbContextFactory contexts, ISqlDialect dialect, DatabaseSettings settings, ILogger<DatabaseMigrator> logger)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        dialect.BeforeMigrate(settings);
        await using var db = contexts.CreateDbContext();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        await dialect.AfterMigrateAsync(db.Database, cancellationToken);
        if (pending.Count > 0)
        {
            logger.LogInformation("Applied {Count} migration(s) on {Provider}: {Migrations}", pending.Count, dialect.Name, string.Join(", ", pending));
        }

        return pending;
    }

    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Database.CanConnectAsync(cancellationToken);
    }
}
