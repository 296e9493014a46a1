namespace StudyBot.Host.Tests;

/// <summary>Where settings come from: the root appsettings.json under dotnet run, a content root's file, user secrets.</summary>
public sealed class HostConfigurationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "studybot-config-" + Guid.NewGuid().ToString("N"));

    public HostConfigurationTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task DotnetRun_FromAnyFolder_ReadsTheRootAppSettingsWithPathsFromTheRepositoryRoot()
    {
        var (code, output, error) = await HostProcess.DotnetRunAsync(_folder, Isolated(), "questions", "lint");

        Assert.True(code == 0, error);
        Assert.Contains($"questions in {Path.Combine(HostProcess.RepositoryRoot, "questions")}: no problems", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DotnetRun_UserSecret_IsRead()
    {
        var bank = WriteBank("secret-bank", TwoQuestions);
        WriteUserSecrets($$"""{ "Questions": { "Path": "{{bank}}" } }""");

        var (code, output, error) = await HostProcess.DotnetRunAsync(_folder, Isolated(), "questions", "lint");

        Assert.True(code == 0, error);
        Assert.Contains($"2 questions in {bank}: no problems", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DevelopmentUserSecretPointsAtBrokenBank_StopsNamingTheFile()
    {
        WriteUserSecrets($$"""{ "Questions": { "Path": "{{WriteBank("broken", Broken)}}" } }""");
        var environment = Isolated();
        environment["DOTNET_ENVIRONMENT"] = "Development";

        var (code, _, error) = await HostProcess.RunAsync(environment, null);

        Assert.Equal(4, code);
        Assert.Contains("bad.yaml: broken-one: difficulty", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ContentRootAppSettingsWithRelativeBank_ReadsItFromTheContentRoot()
    {
        WriteBank("relative-bank", Broken);
        File.WriteAllText(Path.Combine(_folder, "appsettings.json"), """{ "Questions": { "Path": "relative-bank" } }""");

        var (code, _, error) = await HostProcess.RunInAsync(_folder, Isolated(), null);

        Assert.Equal(4, code);
        Assert.Contains("bad.yaml: broken-one: difficulty", error, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Isolated() => new()
    {
        ["HOME"] = _folder,
        ["Database__DataDirectory"] = Path.Combine(_folder, "data"),
        ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
    };

    private string WriteBank(string name, string yaml)
    {
        var bank = Path.Combine(_folder, name);
        Directory.CreateDirectory(bank);
        File.WriteAllText(Path.Combine(bank, "bad.yaml"), yaml);
        StudyBot.Tests.Shared.TestBank.WriteCatalog(bank);
        return bank;
    }

    private void WriteUserSecrets(string json)
    {
        var folder = Path.Combine(_folder, ".microsoft", "usersecrets", "studybot-host");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "secrets.json"), json);
    }

    private const string Broken = "questions:\n  - id: broken-one\n    type: single\n    difficulty: 9\n";

    private const string TwoQuestions = """
        topic: config
        questions:
          - id: config-one
            type: single
            difficulty: 2
            exams: [{ exam: AIF-C01, domain: 1 }]
            prompt: Which service turns text into speech?
            choices: { A: Amazon Polly, B: Amazon Transcribe, C: Amazon Textract }
            answer: A
            explanation: Polly speaks; Transcribe listens; Textract reads documents.
            references: [https://aws.amazon.com/polly/]
            verified: 2026-11-25
          - id: config-two
            type: single
            difficulty: 2
            exams: [{ exam: AIF-C01, domain: 1 }]
            prompt: Which service turns speech into text?
            choices: { A: Amazon Polly, B: Amazon Transcribe, C: Amazon Comprehend }
            answer: B
            explanation: Transcribe converts audio to text; Polly does the reverse.
            references: [https://aws.amazon.com/transcribe/]
            verified: 2026-11-25
        """;
}
