namespace StudyBot.Data.Providers;

internal static class ProviderModules
{
    /// <summary>The key of the bot's own <see cref="System.Data.Common.DbDataSource"/> in the container.</summary>
    public const string DataSourceKey = "StudyBot";

    /// <summary>The one place a provider is acted on.</summary>
    public static IProviderModule For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteProviderModule(),
        DatabaseProvider.Postgres => new PostgresProviderModule(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };
}
