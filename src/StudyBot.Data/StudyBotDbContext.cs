using Microsoft.EntityFrameworkCore;
using StudyBot.Engine.Model;

namespace StudyBot.Data;

/// <summary>
/// The one model of the store. Each provider has a subclass that owns its own migration set, so SQLite and PostgreSQL
/// migrations never mix.
/// </summary>
public abstract class StudyBotDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Community> Communities => Set<Community>();

    public DbSet<Channel> Channels => Set<Channel>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<Round> Rounds => Set<Round>();

    public DbSet<Answer> Answers => Set<Answer>();

    public DbSet<Quiz> Quizzes => Set<Quiz>();

    public DbSet<Digest> Digests => Set<Digest>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StudyBotDbContext).Assembly);
}
