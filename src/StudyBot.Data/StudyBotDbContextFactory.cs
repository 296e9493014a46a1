using Microsoft.EntityFrameworkCore;

namespace StudyBot.Data;

/// <summary>Creates the provider's context; the one place that chooses SQLite or PostgreSQL.</summary>
public sealed class StudyBotDbContextFactory
{
    private readonly DbContextOptions<SqliteStudyBotDbContext>? _sqlite;
    private readonly DbContextOptions<PostgresStudyBotDbContext>? _postgres;

    public StudyBotDbContextFactory(bool postgres, string connectionString)
    {
        IsPostgres = postgres;
        ConnectionString = connectionString;
        if (postgres)
        {
            _postgres = new DbContextOptionsBuilder<PostgresStudyBotDbContext>()
                .UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__ef_migrations"))
                .Options;
        }
        else
        {
            _sqlite = new DbContextOptionsBuilder<SqliteStudyBotDbContext>()
                .UseSqlite(connectionString, o => o.MigrationsHistoryTable("__ef_migrations"))
                .AddInterceptors(SqliteConnectionSettings.Instance)
                .Options;
        }
    }

    public bool IsPostgres { get; }

    public string ConnectionString { get; }

    public StudyBotDbContext CreateDbContext() => IsPostgres
        ? new PostgresStudyBotDbContext(_postgres!)
        : new SqliteStudyBotDbContext(_sqlite!);
}
