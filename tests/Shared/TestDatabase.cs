using Microsoft.Data.Sqlite;
using Npgsql;
using StudyBot.Data;

namespace StudyBot.Tests.Shared;

/// <summary>
/// A fresh, empty database for one test: a SQLite file in a temp folder, or a new database on the PostgreSQL server named
/// by <c>STUDYBOT_TEST_POSTGRES</c>. Without that variable PostgreSQL tests are skipped with a message, unless
/// <c>STUDYBOT_REQUIRE_POSTGRES=1</c> (as in CI), where a missing server fails them.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "STUDYBOT_TEST_POSTGRES";
    public const string RequireVariable = "STUDYBOT_REQUIRE_POSTGRES";

    private readonly string? _folder;
    private readonly string? _adminConnection;
    private readonly string? _databaseName;

    private TestDatabase(bool postgres, string connectionString, string? folder, string? adminConnection, string? databaseName)
    {
        IsPostgres = postgres;
        ConnectionString = connectionString;
        _folder = folder;
        _adminConnection = adminConnection;
        _databaseName = databaseName;
        Factory = new StudyBotDbContextFactory(postgres, connectionString);
    }

    public bool IsPostgres { get; }

    public string ConnectionString { get; }

    public StudyBotDbContextFactory Factory { get; }

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

    public static TestDatabase Sqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "studybot-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestDatabase(false, $"Data Source={Path.Combine(folder, "studybot.db")};Default Timeout=30", folder, null, null);
    }

    public static async Task<TestDatabase> PostgresAsync()
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
        return new TestDatabase(true, builder.ConnectionString, null, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (IsPostgres && _adminConnection is not null)
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
