using StudyBot.Host.Startup;

namespace StudyBot.Host.Tests;

/// <summary>
/// Settings that used to end start-up in a crash (or not at all): each stops the real program with its exit code and one
/// line naming the key both ways, without a stack trace.
/// </summary>
public sealed class SettingFailureTests : IDisposable
{
    // 64 hex characters that are no Ed25519 key (NSec's raw import takes them all the same).
    private const string NotAPoint = "0200000000000000000000000000000000000000000000000000000000000000";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "studybot-settings-" + Guid.NewGuid().ToString("N"));

    public SettingFailureTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("Database__MigrateOnStart", "maybe", "Database:MigrateOnStart must be true or false")]
    [InlineData("Scheduling__Clustered", "maybe", "Scheduling:Clustered must be true or false")]
    [InlineData("Discord__Mode", "maybe", "Discord:Mode must be one of Http, Gateway")]
    [InlineData("Database__DataDirectory", "", "Database:DataDirectory is empty")]
    public async Task Start_UnreadableSetting_ExitsThreeNamingTheKey(string variable, string value, string message)
    {
        var (code, _, error) = await RunAsync((variable, value));

        AssertOneLine(3, code, error, message, variable);
        Assert.DoesNotContain("'maybe'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnknownSqliteKeyword_ExitsThreeNamingTheConnectionString()
    {
        var (code, _, error) = await RunAsync(("ConnectionStrings__StudyBot", $"Data Source={Path.Combine(_folder, "bot.db")};Flavour=sweet"));

        AssertOneLine(3, code, error, "is not a valid SQLite connection string", "ConnectionStrings:StudyBot", "ConnectionStrings__StudyBot");
    }

    [Fact]
    public async Task Start_SqliteFolderCannotBeCreated_ExitsFiveNamingTheConnectionString()
    {
        var file = Path.Combine(_folder, "a-file");
        File.WriteAllText(file, "not a folder");

        var (code, _, error) = await RunAsync(("ConnectionStrings__StudyBot", $"Data Source={Path.Combine(file, "sub", "bot.db")}"));

        AssertOneLine(5, code, error, "cannot be written", "ConnectionStrings:StudyBot", "ConnectionStrings__StudyBot");
        Assert.DoesNotContain("Database:DataDirectory", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DataDirectoryWithCharacterNoPathMayHold_ExitsThreeNamingTheKey()
    {
        File.WriteAllText(Path.Combine(_folder, "appsettings.json"), """{ "Database": { "DataDirectory": "data\u0000dir" } }""");
        var environment = Environment();
        environment.Remove("Database__DataDirectory");

        var (code, _, error) = await HostProcess.RunInAsync(_folder, environment, null);

        AssertOneLine(3, code, error, "Database:DataDirectory holds a character", "Database__DataDirectory");
    }

    [SkippableFact]
    public async Task Start_DataDirectoryThatCannotBeCreated_ExitsFiveNamingTheKey()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "/proc refuses new folders on Linux only");

        var (code, _, error) = await RunAsync(("Database__DataDirectory", "/proc/studybot-" + Guid.NewGuid().ToString("N")));

        AssertOneLine(5, code, error, "cannot be written", "Database:DataDirectory", "Database__DataDirectory");
    }

    [Fact]
    public async Task Start_QuestionsPathWithoutYaml_ExitsFourNamingTheKey()
    {
        var empty = Path.Combine(_folder, "empty-bank");
        Directory.CreateDirectory(empty);

        var (code, _, error) = await RunAsync(("Questions__Path", empty));

        AssertOneLine(4, code, error, "Questions:Path", "Questions__Path", empty);
    }

    [Fact]
    public async Task Start_DiscordPublicKeyNotAnEd25519Point_ExitsThreeNamingTheKey()
    {
        var (code, _, error) = await RunAsync(("Discord__ApplicationId", "1000"), ("Discord__BotToken", "token"), ("Discord__PublicKey", NotAPoint));

        AssertOneLine(3, code, error, "Discord:PublicKey", "Discord__PublicKey");
    }

    [Fact]
    public async Task Start_BotFrameworkAppIdNotAGuid_ExitsThreeNamingTheKey()
    {
        var (code, _, error) = await RunAsync(("BotFramework__AppId", "studybot"), ("BotFramework__AppPassword", "secret"));

        AssertOneLine(3, code, error, "BotFramework:AppId must be the Azure Bot's Microsoft App ID", "BotFramework__AppId");
    }

    [Fact]
    public async Task Start_BadSettingsInTwoSections_ExitsThreeWithALinePerKey()
    {
        var (code, _, error) = await RunAsync(("Scheduling__DigestTime", "99"), ("BotFramework__AppId", "studybot"), ("BotFramework__AppPassword", "secret"));

        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(code == 3, $"exit {code}: {error}");
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.Contains("Scheduling:DigestTime", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("BotFramework:AppId", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private static void AssertOneLine(int expectedCode, int code, string error, params string[] fragments)
    {
        Assert.True(code == expectedCode, $"exit {code}: {error}");
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, error, StringComparison.Ordinal);
        }

        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["HOME"] = _folder,
        ["Database__DataDirectory"] = Path.Combine(_folder, "data"),
        ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
    };

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params (string Key, string Value)[] settings)
    {
        var environment = Environment();
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        return HostProcess.RunAsync(environment, null);
    }
}
