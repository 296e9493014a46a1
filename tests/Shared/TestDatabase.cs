using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using StudyBot.Data;
using StudyBot.Data.Providers;

namespace StudyBot.Tests.Shared;

/// <summary>
/// A fresh, empty database for one test, with the stores registered on it as the host registers them: a SQLite file in a
/// temp folder, or a new database on the PostgreSQL server named by <c>STUDYBOT_TEST_POSTGRES</c>. Without that variable
/// PostgreSQL tests are skipped with a message, unless <c>STUDYBOT_REQUIRE_POSTGRES=1</c> (as in CI), where a missing
/// server fails them.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "STUDYBOT_TEST_POSTGRES";
    public const string RequireVariable = "STUDYBOT_REQUIRE_POSTGRES";

    private readonly string? _folder;
    private readonly string? _adminConnection;
    private readonly string? _databaseName;

    private TestDatabase(DatabaseSettings settings, TimeProvider? time, string? folder, string? adminConnection, string? databaseName)
    {
        Settings = settings;
        _folder = folder;
        _adminConnection = adminConnection;
        _databaseName = databaseName;
        Services = new ServiceCollection()
            .AddSingleton(time ?? TimeProvider.System)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddStudyBotStores(settings)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public DatabaseSettings Settings { get; }

    public string ConnectionString => Settings.ConnectionString;

    public ServiceProvider Services { get; }

    public StudyBotDbContextFactory Contexts => Services.GetRequiredService<StudyBotDbContextFactory>();

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    public static string PostgresSkipReason =>
        $"PostgreSQL tests skipped: set {PostgresVariable} to a server connection string (bash .ci/run starts one).";

    /// <summary>True when PostgreSQL tests must be skipped; throws when they are required but no server is set.</summary>
    public static bool SkipPostgres()
    {
        if (PostgresServer is not null)
        {
            return false;
        }

        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            throw new InvalidOperationException($"{RequireVariable}=1 but {PostgresVariable} is not set.");
        }

        return true;
    }

    public static TestDatabase Sqlite(TimeProvider? time = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "studybot-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "studybot.db")};Default Timeout=30");
        return new TestDatabase(settings, time, folder, null, null);
    }

    public static async Task<TestDatabase> PostgresAsync(TimeProvider? time = null)
    {
        var admin = PostgresServer ?? throw new InvalidOperationException(PostgresSkipReason);
        var name = "studybot_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(new DatabaseSettings(DatabaseProvider.Postgres, builder.ConnectionString), time, null, admin, name);
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public Task<IReadOnlyList<string>> MigrateAsync() => Get<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

    /// <summary>One value read by hand-written SQL on a connection of its own (to see the columns as stored).</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using System.Data.Common.DbConnection connection = Settings.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(ConnectionString)
            : new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnection);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        else if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
