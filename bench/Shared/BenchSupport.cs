using System.Net;
using Npgsql;

namespace StudyBot.Bench;

/// <summary>What the database benchmarks share: the bank's folder, and a scratch PostgreSQL database on a loopback server.</summary>
internal static class BenchSupport
{
    /// <summary>The repository's <c>questions/</c> folder, found from the current directory or the program's.</summary>
    public static string? FindQuestionsFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "questions");
                if (File.Exists(Path.Combine(dir.FullName, "StudyBot.sln")) && Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Creates a database named from <paramref name="prefix"/> on the server <paramref name="postgres"/> names, runs
    /// <paramref name="run"/> with its connection string, and drops it whatever happens. False (nothing run) when the server
    /// is not loopback: the benchmarks only create scratch databases locally.
    /// </summary>
    public static async Task<bool> WithScratchDatabaseAsync(string postgres, string prefix, Func<string, Task> run)
    {
        var server = new NpgsqlConnectionStringBuilder(postgres);
        if (!IsLoopback(server.Host))
        {
            Console.Error.WriteLine($"PostgreSQL part refused: host '{server.Host}' is not loopback; the benchmark only creates scratch databases locally.");
            return false;
        }

        var database = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 17, 63)];
        await ExecuteAsync(server.ConnectionString, $"CREATE DATABASE \"{database}\"");
        try
        {
            await run(new NpgsqlConnectionStringBuilder(postgres) { Database = database, Pooling = true }.ConnectionString);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server.ConnectionString, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }

        return true;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static bool IsLoopback(string? host) =>
        host is "localhost" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip)) || (host?.StartsWith('/') ?? false);
}
