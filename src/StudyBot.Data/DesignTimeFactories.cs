using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace StudyBot.Data;

// Used by `dotnet ef migrations add` only; no database is opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteStudyBotDbContext>
{
    public SqliteStudyBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteStudyBotDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(Providers.ContextOptions.MigrationsHistoryTable)).Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresStudyBotDbContext>
{
    public PostgresStudyBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresStudyBotDbContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(Providers.ContextOptions.MigrationsHistoryTable)).Options);
}
