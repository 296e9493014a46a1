namespace StudyBot.Data.Providers;

/// <summary>The database the bot runs on, bound once from <c>Database:Provider</c> (see <see cref="DatabaseSettings"/>).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
