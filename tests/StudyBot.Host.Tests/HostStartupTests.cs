using StudyBot.Tests.Shared;
using System.Net;

namespace StudyBot.Host.Tests;

public sealed class HostStartupTests
{
    [Fact]
    public async Task Start_NoConfiguration_IsLiveAndReadyWithADatabaseFile()
    {
        await using var sut = new StudyBotFactory();
        using var client = sut.CreateClient();

        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var report = System.Text.Json.JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        foreach (var check in new[] { "database", "bank", "scheduler" })
        {
            Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty(check).GetProperty("status").GetString());
        }
        Assert.True(File.Exists(Path.Combine(sut.DataDirectory, "studybot.db")));
    }

    [Fact]
    public async Task Root_NamesTheEndpoints()
    {
        await using var sut = new StudyBotFactory();
        using var client = sut.CreateClient();

        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("/api/discord/interactions", page, StringComparison.Ordinal);
        Assert.Contains("/api/messages", page, StringComparison.Ordinal);
        Assert.Contains("/health/ready", page, StringComparison.Ordinal);
        Assert.Contains("/metrics", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Defaults_PrintsOneSummaryBlock()
    {
        var settings = Settings();
        settings["ASPNETCORE_URLS"] = $"http://127.0.0.1:{FreePort()}";
        using var host = HostProcess.Start(settings);

        var summary = await host.WaitForOutputAsync("  Next ", TimeSpan.FromSeconds(60));

        Assert.Contains("StudyBot is running", summary, StringComparison.Ordinal);
        Assert.Contains(settings["ASPNETCORE_URLS"], summary, StringComparison.Ordinal);
        Assert.Contains("SQLite " + Path.Combine(settings["Database__DataDirectory"], "studybot.db"), summary, StringComparison.Ordinal);
        Assert.Matches(@"Bank +\d+ questions: AIF-C01 \d+, MLA-C01 \d+, AIP-C01 \d+, MLS-C01 \d+", summary);
        Assert.Contains("Discord     off", summary, StringComparison.Ordinal);
        Assert.Contains("Teams       local development mode", summary, StringComparison.Ordinal);
        Assert.Contains("single instance, 0 channel(s)", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("info: Quartz.", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InvalidProvider_StopsNamingTheKey()
    {
        var (code, _, error) = await HostProcess.RunAsync(Settings(("Database__Provider", "Oracle")), null);

        Assert.Equal(3, code);
        Assert.Contains("Database:Provider must be Sqlite or Postgres", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PostgresWithoutConnectionString_StopsNamingTheKey()
    {
        var (code, _, error) = await HostProcess.RunAsync(Settings(("Database__Provider", "Postgres")), null);

        Assert.Equal(3, code);
        Assert.Contains("ConnectionStrings:StudyBot", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_BrokenBank_StopsNamingFileIdAndField()
    {
        var folder = Path.Combine(Path.GetTempPath(), "studybot-broken-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        TestBank.WriteCatalog(folder);
        File.WriteAllText(Path.Combine(folder, "bad.yaml"), "questions:\n  - id: broken-one\n    type: single\n    difficulty: 9\n");

        var (code, _, error) = await HostProcess.RunAsync(Settings(("Questions__Path", folder)), null);

        Assert.Equal(4, code);
        Assert.Contains("bad.yaml: broken-one: difficulty", error, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static Dictionary<string, string> Settings(params (string Key, string Value)[] pairs)
    {
        var settings = pairs.ToDictionary(p => p.Key, p => p.Value);
        settings["Database__DataDirectory"] = Path.Combine(Path.GetTempPath(), "studybot-start-" + Guid.NewGuid().ToString("N"));
        settings["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        return settings;
    }
}
