namespace StudyBot.Data.Providers;

/// <summary>
/// Contexts of the configured provider, from a pool: a store makes one per call, and setting up a fresh context's internal
/// services cost more than the query it then ran. A context reads; only <see cref="WriteGate"/> saves.
/// </summary>
public sealed class StudyBotDbContextFactory
{
    private readonly Func<StudyBotDbContext> _create;

    internal StudyBotDbContextFactory(Func<StudyBotDbContext> create) => _create = create;

    public StudyBotDbContext CreateDbContext() => _create();
}
