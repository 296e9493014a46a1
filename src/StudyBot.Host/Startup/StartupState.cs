namespace StudyBot.Host.Startup;

/// <summary>Set once the bank is loaded and the database migrated.</summary>
public sealed class StartupState
{
    public volatile bool Ready;
}
