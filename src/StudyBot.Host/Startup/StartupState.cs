namespace StudyBot.Host.Startup;

/// <summary>Set once the bank is loaded and the database migrated.</summary>
public sealed class StartupState
{
    public volatile bool Ready;

    /// <summary>The migrations this start applied (empty when the database was up to date), for the start-up summary.</summary>
    public IReadOnlyList<string> AppliedMigrations { get; set; } = [];
}
