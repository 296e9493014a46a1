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
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
        Assert.True(File.Exists(Path.Combine(sut.DataDirectory, "studybot.db")));
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

    private static Dictionary<string, string> Settings(params (string Key, string Value)[] pairs)
    {
        var settings = pairs.ToDictionary(p => p.Key, p => p.Value);
        settings["Database__DataDirectory"] = Path.Combine(Path.GetTempPath(), "studybot-start-" + Guid.NewGuid().ToString("N"));
        settings["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        return settings;
    }
}
