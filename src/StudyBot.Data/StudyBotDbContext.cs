using Microsoft.EntityFrameworkCore;

namespace StudyBot.Data;

/// <summary>
/// The one model of the store. Each provider has a subclass that owns its own migration set, so SQLite and PostgreSQL
/// migrations never mix. A context reads; it saves only through <see cref="Providers.WriteGate"/>, which runs the save on
/// the provider's write lane (on SQLite its writer thread): a save anywhere else would bypass that, so it throws.
/// </summary>
public abstract class StudyBotDbContext(DbContextOptions options) : DbContext(options)
{
    internal const string SaveOutsideGate = "Writes go through StudyBot.Data.Providers.WriteGate, which runs them on the provider's write lane; a context does not save itself.";

    public DbSet<Community> Communities => Set<Community>();

    public DbSet<Channel> Channels => Set<Channel>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<Round> Rounds => Set<Round>();

    public DbSet<Answer> Answers => Set<Answer>();

    public DbSet<Quiz> Quizzes => Set<Quiz>();

    public DbSet<DigestClaim> Digests => Set<DigestClaim>();

    public DbSet<Rows.ReviewCardRow> ReviewCards => Set<Rows.ReviewCardRow>();

    public DbSet<Rows.ReviewLogRow> ReviewLog => Set<Rows.ReviewLogRow>();

    public DbSet<Rows.ReviewSettingsRow> ReviewSettings => Set<Rows.ReviewSettingsRow>();

    public DbSet<Rows.ReviewSyncRow> ReviewSync => Set<Rows.ReviewSyncRow>();

    public DbSet<Rows.MemberConversationRow> MemberConversations => Set<Rows.MemberConversationRow>();

    public DbSet<QuestionFlag> QuestionFlags => Set<QuestionFlag>();

    public DbSet<FlagResolution> FlagResolutions => Set<FlagResolution>();

    public DbSet<Rows.QuestionVersionRow> QuestionVersionRows => Set<Rows.QuestionVersionRow>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) => throw new InvalidOperationException(SaveOutsideGate);

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(SaveOutsideGate);

    /// <summary>The gate's save; the overrides above refuse everyone else.</summary>
    internal Task<int> SaveThroughGateAsync(CancellationToken cancellationToken) => base.SaveChangesAsync(true, cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StudyBotDbContext).Assembly);
}
