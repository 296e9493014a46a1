using System.Net;
using Microsoft.Extensions.Configuration;
using System.Net.Sockets;
using Npgsql;
using StudyBot.Data.Providers;
using StudyBot.Host.Startup;

namespace StudyBot.Host.Tests;

/// <summary>Each likely infrastructure mistake ends the real program within seconds: one line naming the setting, no stack trace.</summary>
public sealed class StartupFailureTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "studybot-fail-" + Guid.NewGuid().ToString("N"));

    public StartupFailureTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Start_PostgresUnreachable_ExitsFiveNamingTheConnectionString()
    {
        var (code, _, error) = await RunAsync(("Database__Provider", "Postgres"), ("ConnectionStrings__StudyBot", $"Host=127.0.0.1;Port={ClosedPort()};Username=studybot;Password=secret-value;Database=studybot;Timeout=5"));

        AssertOneLine(5, code, error, "is unreachable", "ConnectionStrings:StudyBot", "ConnectionStrings__StudyBot");
        Assert.DoesNotContain("secret-value", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_MalformedConnectionString_ExitsThreeNamingIt()
    {
        var (code, _, error) = await RunAsync(("Database__Provider", "Postgres"), ("ConnectionStrings__StudyBot", "Host=127.0.0.1;Pasword=oops"));

        AssertOneLine(3, code, error, "is not a valid PostgreSQL connection string", "ConnectionStrings:StudyBot", "ConnectionStrings__StudyBot");
    }

    [Fact]
    public async Task Start_DataFolderNotWritable_ExitsFiveNamingTheDataDirectory()
    {
        var file = Path.Combine(_folder, "a-file");
        File.WriteAllText(file, "not a folder");

        var (code, _, error) = await RunAsync(("Database__DataDirectory", Path.Combine(file, "data")));

        AssertOneLine(5, code, error, "cannot be written", "Database:DataDirectory", "Database__DataDirectory");
    }

    [Fact]
    public async Task Start_PortInUse_ExitsFiveSuggestingUrls()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var (code, _, error) = await RunAsync(("ASPNETCORE_URLS", $"http://127.0.0.1:{port}"));

        AssertOneLine(5, code, error, $"Port {port} on 127.0.0.1 is in use", "--urls");
    }

    [SkippableFact]
    public async Task Start_PostgresDatabaseMissingAndUserMayNotCreateIt_ExitsFiveNamingTheDatabase()
    {
        var server = SchedulingClusterTests.RequirePostgresOrSkip(Environment.GetEnvironmentVariable(SchedulingClusterTests.PostgresVariable), Environment.GetEnvironmentVariable(SchedulingClusterTests.RequireVariable));
        var role = "studybot_nocreate_" + Guid.NewGuid().ToString("N")[..8];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE ROLE {role} LOGIN NOCREATEDB PASSWORD 'unused'", admin);
            await create.ExecuteNonQueryAsync();
        }

        try
        {
            var missing = new NpgsqlConnectionStringBuilder(server) { Username = role, Password = "unused", Database = role };

            var (code, _, error) = await RunAsync(("Database__Provider", "Postgres"), ("ConnectionStrings__StudyBot", missing.ConnectionString));

            AssertOneLine(5, code, error, $"Create database '{role}'", "ConnectionStrings:StudyBot");
        }
        finally
        {
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP ROLE IF EXISTS {role}", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    [Theory]
    [InlineData("28P01", "refused user 'studybot'", "Username and Password")]
    [InlineData("3D000", "has no database 'studybot'", "createdb")]
    [InlineData("42501", "Create database 'studybot'", "createdb")]
    public void Describe_PostgresRefusal_NamesWhatToChange(string sqlState, string expected, string hint)
    {
        var refusal = new PostgresException("refused", "FATAL", "FATAL", sqlState);

        var sut = DatabaseFailure.Describe(new InvalidOperationException("wrapped", refusal), new DatabaseSettings(DatabaseProvider.Postgres, "Host=db.example;Username=studybot;Password=hunter2;Database=studybot"));

        Assert.NotNull(sut);
        Assert.Equal(5, sut.ExitCode);
        Assert.Contains(expected, sut.Message, StringComparison.Ordinal);
        Assert.Contains(hint, sut.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__StudyBot", sut.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", sut.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_SettingTheBinderCannotConvert_NamesTheKeyAndItsValuesNotTheValue()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Mode"] = "secret-word" })
            .Build();
        var thrown = Assert.Throws<InvalidOperationException>(() => configuration.GetSection("Discord").Get<StudyBot.Discord.DiscordOptions>());

        var sut = StartupFailure.Describe(thrown);

        Assert.NotNull(sut);
        Assert.Equal(3, sut.ExitCode);
        Assert.Equal("Invalid configuration: Discord:Mode must be one of Http, Gateway. (environment: Discord__Mode)", sut.Message);
    }

    [Fact]
    public void Describe_BadSettingsOfTwoOptionTypes_OneLineEach()
    {
        var both = new AggregateException(
            new Microsoft.Extensions.Options.OptionsValidationException("a", typeof(object), ["Database:Provider must be Sqlite or Postgres."]),
            new Microsoft.Extensions.Options.OptionsValidationException("b", typeof(object), ["BotFramework:AppId must be a GUID.", "Database:Provider must be Sqlite or Postgres."]));

        var sut = StartupFailure.Describe(both);

        Assert.NotNull(sut);
        Assert.Equal(3, sut.ExitCode);
        Assert.Equal(2, sut.Message.Split(Environment.NewLine).Length);
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

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params (string Key, string Value)[] settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["Database__DataDirectory"] = Path.Combine(_folder, "data"),
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        return HostProcess.RunAsync(environment, null);
    }

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
