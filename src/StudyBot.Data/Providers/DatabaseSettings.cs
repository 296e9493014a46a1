using Microsoft.Extensions.Configuration;

namespace StudyBot.Data.Providers;

/// <summary>Which database, and where: the one reading of <c>Database:Provider</c> and <c>ConnectionStrings:StudyBot</c>.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ConnectionStringName = "StudyBot";

    /// <summary>The provider as people name it (for messages).</summary>
    public string DisplayName => DisplayNameOf(Provider);

    /// <summary>Where the data is, without credentials: the SQLite file, or PostgreSQL's host, port and database.</summary>
    public string Location() => ProviderModules.For(Provider).Location(ConnectionString);

    /// <summary>
    /// What a failure reaching or writing this database means, with the setting to change and never the password; null when
    /// the provider does not explain that exception.
    /// </summary>
    /// <param name="exception">What failed.</param>
    /// <param name="connectionStringSet">Whether <c>ConnectionStrings:StudyBot</c> was set (so it, not <c>Database:DataDirectory</c>, placed a SQLite file).</param>
    public string? DescribeFailure(Exception exception, bool connectionStringSet = false) =>
        ProviderModules.For(Provider).DescribeFailure(exception, ConnectionString, connectionStringSet);

    /// <summary>Why a connection string does not parse for a provider (its own parser; the message names keywords, never values); null when it does.</summary>
    public static string? ConnectionStringProblem(DatabaseProvider provider, string connectionString)
    {
        try
        {
            return ProviderModules.For(provider).Parse(connectionString).Count == 0 ? "it is empty" : null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }

    public static string DisplayNameOf(DatabaseProvider provider) => ProviderModules.For(provider).DisplayName;

    /// <summary>
    /// Reads the provider and the connection string (by default a SQLite file in the data directory). It does not judge
    /// them: a provider name it does not know reads as SQLite here, and <see cref="DatabaseOptions"/>' validation, which every
    /// use of the database goes through first, stops start-up naming the key.
    /// </summary>
    public static DatabaseSettings FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        // Read as text, not bound: a value of the wrong type elsewhere in the section (MigrateOnStart=maybe) must reach the
        // options validation, which names the key, instead of throwing while the services are still being registered.
        var section = configuration.GetSection(DatabaseOptions.SectionName);
        var provider = ParseProvider(section[nameof(DatabaseOptions.Provider)] ?? "Sqlite") ?? DatabaseProvider.Sqlite;
        var dataDirectory = section[nameof(DatabaseOptions.DataDirectory)] ?? new DatabaseOptions().DataDirectory;
        var configured = configuration.GetConnectionString(ConnectionStringName);
        var connectionString = !string.IsNullOrWhiteSpace(configured) ? configured
            : provider == DatabaseProvider.Sqlite && DataDirectoryProblem(dataDirectory) is null ? DefaultSqlite(contentRoot, dataDirectory)
            : string.Empty;
        return new DatabaseSettings(provider, connectionString);
    }

    /// <summary>Why <c>Database:DataDirectory</c> cannot name a folder at all (empty, a character no path may hold); null when it can.</summary>
    public static string? DataDirectoryProblem(string? dataDirectory)
    {
        if (string.IsNullOrWhiteSpace(dataDirectory))
        {
            return "Database:DataDirectory is empty; set it to the folder for the SQLite file (default: data).";
        }

        if (dataDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            return "Database:DataDirectory holds a character that no path may contain.";
        }

        try
        {
            _ = Path.GetFullPath(dataDirectory);
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"Database:DataDirectory is not a usable path ({ex.Message.TrimEnd('.')}).";
        }
    }

    /// <summary>The provider a configured name means (exact spelling, as documented); null for any other name.</summary>
    public static DatabaseProvider? ParseProvider(string? name) => name switch
    {
        "Sqlite" => DatabaseProvider.Sqlite,
        "Postgres" => DatabaseProvider.Postgres,
        _ => null,
    };

    public static string DefaultSqlite(string contentRoot, string dataDirectory) =>
        $"Data Source={Path.Combine(Path.GetFullPath(dataDirectory, contentRoot), "studybot.db")};Default Timeout=30";
}
