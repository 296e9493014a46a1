using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace StudyBot.Data.Providers;

/// <summary>Context options both providers share.</summary>
internal static class ContextOptions
{
    public const string MigrationsHistoryTable = "__ef_migrations";

    // A repeated click is caught by a unique key on purpose; EF would log each such conflict as an error. The stores handle
    // those, and any other failure still surfaces as an exception that its caller logs.
    public static DbContextOptionsBuilder<T> QuietExpectedConflicts<T>(this DbContextOptionsBuilder<T> builder)
        where T : DbContext =>
        builder.ConfigureWarnings(w => w.Log(
            (CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (RelationalEventId.CommandError, LogLevel.Debug)));
}
