using StudyBot.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StudyBot.Data;
using StudyBot.Host.Scheduling;
using StudyBot.Host.Startup;

namespace StudyBot.Host.Tests;

/// <summary>
/// Two clustered hosts on one real PostgreSQL database. Needs <c>STUDYBOT_TEST_POSTGRES</c> (a server connection string);
/// without it the test is skipped with a message, unless <c>STUDYBOT_REQUIRE_POSTGRES=1</c>.
/// </summary>
public sealed class SchedulingClusterTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public const string PostgresVariable = "STUDYBOT_TEST_POSTGRES";
    public const string RequireVariable = "STUDYBOT_REQUIRE_POSTGRES";

    [SkippableFact]
    public async Task TwoClusteredHosts_SameSchedule_PostOncePerChannelPerDay()
    {
        var server = RequirePostgresOrSkip(Environment.GetEnvironmentVariable(PostgresVariable), Environment.GetEnvironmentVariable(RequireVariable));

        var database = "studybot_sched_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        var folder = Path.Combine(Path.GetTempPath(), "studybot-cluster-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "questions"));
        await File.WriteAllTextAsync(Path.Combine(folder, "questions", "sched.yaml"), SchedulingTestHost.BankYaml);
        TestBank.WriteCatalog(Path.Combine(folder, "questions"));
        var publisher = new FakeChannelPublisher();
        try
        {
            await using var first = Build(folder, connection, publisher);
            await using var second = Build(folder, connection, publisher);
            await first.StartAsync(None);
            await second.StartAsync(None);

            // Three channels whose post time is this minute: due now on both hosts at once.
            var store = first.Services.GetRequiredService<IChannelStore>();
            var now = DateTimeOffset.UtcNow;
            var time = $"{now.Hour:00}:{now.Minute:00}";
            var channels = new List<Channel>();
            for (var i = 0; i < 3; i++)
            {
                var admin = new Actor(Platform.Discord, "u-admin", "Admin", new Place(PlaceKind.Channel, "g", "Guild", $"c{i}", "study"), PlatformAdmin: true);
                await SchedulingTestHost.RunOkAsync(first.Services, admin, $"setup daily {time} UTC daily");
                channels.Add((await store.FindChannelAsync(Platform.Discord, $"c{i}", None))!);
            }

            await Task.WhenAll(
                first.Services.GetRequiredService<SchedulingRecovery>().RecoverAsync(None),
                second.Services.GetRequiredService<SchedulingRecovery>().RecoverAsync(None));
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (publisher.Posts.Count < channels.Count && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }

            // Give a wrongly duplicated fire on the other node time to show up.
            await Task.Delay(TimeSpan.FromSeconds(5));
            await second.StopAsync(None);
            await first.StopAsync(None);

            Assert.Equal(channels.Count, publisher.Posts.Count);
            Assert.Equal(channels.Select(c => c.Id).Order(), publisher.Posts.Select(p => p.ChannelId).Order());
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    /// <summary>The server connection string; skips the test without one, or fails it when a server is required (CI).</summary>
    public static string RequirePostgresOrSkip(string? server, string? require)
    {
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.True(require != "1", $"{RequireVariable}=1 but {PostgresVariable} is not set: the clustered scheduling test cannot run.");
        }

        Skip.If(string.IsNullOrWhiteSpace(server), $"PostgreSQL cluster test skipped: set {PostgresVariable} to a server connection string (bash .ci/run starts one).");
        return server!;
    }

    private static WebApplication Build(string folder, string connection, FakeChannelPublisher publisher)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Questions:Path"] = Path.Combine(folder, "questions"),
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:StudyBot"] = connection,
            ["Scheduling:Clustered"] = "true",
            ["urls"] = "http://127.0.0.1:0",
        });
        builder.AddStudyBotCore();
        builder.AddStudyBotData();
        builder.AddStudyBotScheduling();
        builder.Services.AddSingleton<IChannelPublisher>(publisher);
        return builder.Build();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
