using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using StudyBot.Tests.Shared;

namespace StudyBot.Host.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "studybot-cli-" + Guid.NewGuid().ToString("N"));

    public CliTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Dictionary<string, string> Environment(string? questions = null) => new()
    {
        ["Database__DataDirectory"] = Path.Combine(_folder, "data"),
        ["Questions__Path"] = questions ?? string.Empty,
    };

    [Fact]
    public async Task QuestionsLint_ShippedBank_ExitsZero()
    {
        var (code, output, _) = await HostProcess.RunAsync(Environment(), null, "questions", "lint");

        Assert.Equal(0, code);
        Assert.Contains("no problems", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionsLint_ShippedBank_FailsOnlyOnFairness()
    {
        var (_, _, error) = await HostProcess.RunAsync(Environment(), null, "questions", "lint");

        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.All(lines, l => Assert.True(l.StartsWith("fairness: ", StringComparison.Ordinal) || l.Contains(": choices: a key is", StringComparison.Ordinal)
            || l.Contains(": choices: only the key repeats", StringComparison.Ordinal) || l.StartsWith("0 problem(s)", StringComparison.Ordinal), l));
    }

    [Fact]
    public async Task QuestionsStats_ShippedBank_ShowsExamStatusTypesAndFairness()
    {
        var (code, output, _) = await HostProcess.RunAsync(Environment(), null, "questions", "stats");

        Assert.Equal(0, code);
        Assert.Contains("MLS-C01", output, StringComparison.Ordinal);
        Assert.Contains("retired 2026-03-31", output, StringComparison.Ordinal);
        Assert.Contains("matching", output, StringComparison.Ordinal);
        Assert.Contains("Matching share per active exam: AIF-C01", output, StringComparison.Ordinal);
        Assert.Contains("single, whole bank: key strictly longest", output, StringComparison.Ordinal);
        Assert.Contains("at most 30%", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionsLint_BrokenCopy_ExitsNonZeroNamingFileIdAndField()
    {
        var copy = Path.Combine(_folder, "questions");
        Directory.CreateDirectory(copy);
        var source = Path.Combine(AppContext.BaseDirectory, "questions");
        foreach (var file in Directory.GetFiles(source, "*.yaml"))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var victim = Directory.GetFiles(copy, "*.yaml").Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(victim);
        var at = text.IndexOf("difficulty: ", StringComparison.Ordinal);
        File.WriteAllText(victim, string.Concat(text.AsSpan(0, at), "difficulty: 5", text.AsSpan(at + "difficulty: 1".Length)));
        var firstId = text[(text.IndexOf("- id: ", StringComparison.Ordinal) + 6)..].Split('\n')[0].Trim();

        var (code, _, error) = await HostProcess.RunAsync(Environment(copy), null, "questions", "lint");

        Assert.NotEqual(0, code);
        Assert.Contains($"{Path.GetFileName(victim)}: {firstId}: difficulty", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practice_PipedAnswers_PrintsScoreAndReview()
    {
        var bank = TwoQuestionBank();

        // The first line is not a choice and is asked again; then a two-letter answer to a single question is refused too.
        var (code, output, _) = await HostProcess.RunAsync(Environment(bank), "hello\nA B\nA\nA\nA\n", "practice", "--count", "2");

        Assert.Equal(0, code);
        Assert.Contains("Question 1/2", output, StringComparison.Ordinal);
        Assert.Contains("Question 2/2", output, StringComparison.Ordinal);
        Assert.Contains("Pick exactly one choice.", output, StringComparison.Ordinal);
        Assert.Matches(@"Score: [0-2]/2 correct, [0-4]/4 points", output);
    }

    [Fact]
    public async Task Practice_EasyAfterEachAnswer_RatesTheRightOnes_AndNeverAWrongOne()
    {
        var bank = TwoQuestionBank();

        // "easy" follows every answer: after a right one it rates it; after a wrong one it is no answer and is asked again.
        var (code, output, _) = await HostProcess.RunAsync(Environment(bank), "A\neasy\nA\neasy\n", "practice", "--count", "2");

        Assert.Equal(0, code);
        await using var db = new SqliteConnection($"Data Source={Path.Combine(_folder, "data", "studybot.db")}");
        await db.OpenAsync();
        await using var right = db.CreateCommand();
        right.CommandText = "SELECT COUNT(*) FROM answers WHERE Correct = 1";
        await using var easy = db.CreateCommand();
        easy.CommandText = "SELECT COUNT(*) FROM review_log WHERE Rating = 4";
        await using var easyWrong = db.CreateCommand();
        easyWrong.CommandText = "SELECT COUNT(*) FROM review_log r JOIN answers a ON a.Id = r.AnswerId WHERE r.Rating = 4 AND a.Correct = 0";
        var rightCount = (long)(await right.ExecuteScalarAsync())!;
        Assert.Equal(rightCount, (long)(await easy.ExecuteScalarAsync())!);
        Assert.Equal(0L, (long)(await easyWrong.ExecuteScalarAsync())!);
        Assert.Equal(rightCount > 0, output.Contains("Rated easy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Review_AfterPractice_TheMissedCardComesBackWhenDue_AndItsAnswerIsAReview()
    {
        var bank = TwoQuestionBank();

        var (emptyCode, empty, _) = await HostProcess.RunAsync(Environment(bank), null, "review");
        // Right or wrong, each answer makes a card; they are made due at once below (the process runs on the real clock).
        await HostProcess.RunAsync(Environment(bank), "C\nC\n", "practice", "--count", "2");
        var (_, notYet, _) = await HostProcess.RunAsync(Environment(bank), null, "review");
        await using (var db = new SqliteConnection($"Data Source={Path.Combine(_folder, "data", "studybot.db")}"))
        {
            await db.OpenAsync();
            await using var due = db.CreateCommand();
            due.CommandText = "UPDATE review_cards SET Due = 0";
            Assert.Equal(2, await due.ExecuteNonQueryAsync());
        }

        var (code, output, _) = await HostProcess.RunAsync(Environment(bank), "A\nA\n", "review");

        Assert.Equal(0, emptyCode);
        Assert.Contains("Nothing to review yet", empty, StringComparison.Ordinal);
        Assert.Contains("Come back", notYet, StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.Contains("StudyBot review: 2 reviews due today, 2 overdue.", output, StringComparison.Ordinal);
        Assert.Contains("Question 2/2", output, StringComparison.Ordinal);
        Assert.Matches(@"Score: [0-2]/2 correct", output);
        await using var check = new SqliteConnection($"Data Source={Path.Combine(_folder, "data", "studybot.db")}");
        await check.OpenAsync();
        await using var count = check.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM review_log WHERE Source = 2";
        Assert.Equal(2L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ReviewExportImport_RoundTrip_ReproducesTheSchedule_AndCsvIsForAnki()
    {
        var bank = TwoQuestionBank();
        await HostProcess.RunAsync(Environment(bank), "A\nB\n", "practice", "--count", "2");
        var me = $"terminal:{System.Environment.UserName}";
        var file = Path.Combine(_folder, "deck.json");

        var (exportCode, _, _) = await HostProcess.RunAsync(Environment(bank), null, "review", "export", "--member", me, "--output", file);
        var (importCode, imported, _) = await HostProcess.RunAsync(Environment(bank), null, "review", "import", file, "--member", "discord:1187654321098765432");
        var (againCode, again, _) = await HostProcess.RunAsync(Environment(bank), null, "review", "import", file, "--member", "discord:1187654321098765432");
        var (_, copy, _) = await HostProcess.RunAsync(Environment(bank), null, "review", "export", "--member", "discord:1187654321098765432");
        var (csvCode, csv, _) = await HostProcess.RunAsync(Environment(bank), null, "review", "export", "--member", me, "--format", "csv");

        Assert.Equal(0, exportCode);
        var original = JsonNode.Parse(File.ReadAllText(file))!;
        Assert.Equal("studybot-review-deck", (string?)original["format"]);
        Assert.Equal(2, original["cards"]!.AsArray().Count);
        Assert.Equal(0, importCode);
        Assert.Contains("Imported 2 card(s) for discord:1187654321098765432; 0 skipped", imported, StringComparison.Ordinal);
        Assert.Equal(0, againCode);
        Assert.Contains("Imported 0 card(s) for discord:1187654321098765432; 2 skipped", again, StringComparison.Ordinal);
        Assert.Equal(original["cards"]!.ToJsonString(), JsonNode.Parse(copy)!["cards"]!.ToJsonString());
        Assert.Equal(0, csvCode);
        Assert.StartsWith("front,back,due,question_id", csv, StringComparison.Ordinal);
        Assert.Contains("Which service turns text into speech?", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewImport_ACardEditedByHand_IsRefused_AndNothingIsWrittenForIt()
    {
        var bank = TwoQuestionBank();
        await HostProcess.RunAsync(Environment(bank), "A\nB\n", "practice", "--count", "2");
        var file = Path.Combine(_folder, "deck.json");
        await HostProcess.RunAsync(Environment(bank), null, "review", "export", "--member", $"terminal:{System.Environment.UserName}", "--output", file);
        var deck = JsonNode.Parse(File.ReadAllText(file))!;
        deck["cards"]![0]!["stability"] = 400.0;
        File.WriteAllText(file, deck.ToJsonString());

        var (code, output, error) = await HostProcess.RunAsync(Environment(bank), null, "review", "import", file, "--member", "discord:42");
        var (_, copy, _) = await HostProcess.RunAsync(Environment(bank), null, "review", "export", "--member", "discord:42");
        var (badCode, _, bad) = await HostProcess.RunAsync(Environment(bank), null, "review", "import", Path.Combine(bank, "two.yaml"));

        Assert.Equal(1, code);
        Assert.Contains("Imported 1 card(s)", output, StringComparison.Ordinal);
        Assert.Contains("do not follow from its reviews", error, StringComparison.Ordinal);
        Assert.Single(JsonNode.Parse(copy)!["cards"]!.AsArray());
        Assert.Equal(2, badCode);
        Assert.Contains("is not a review deck", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerb_ExitsWithUsage()
    {
        var (code, _, error) = await HostProcess.RunAsync(Environment(), null, "questions", "frobnicate");

        Assert.Equal(2, code);
        Assert.Contains("Unknown command", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("practice", "--help")]
    [InlineData("questions", "--help")]
    [InlineData("questions", "lint", "--help")]
    [InlineData("questions", "stats", "-h")]
    [InlineData("db", "migrate", "--help")]
    [InlineData("discord", "register-commands", "--help")]
    [InlineData("teams", "package", "--help")]
    [InlineData("health", "--help")]
    [InlineData("help", "practice")]
    public async Task Help_AppAndEveryVerb_PrintsUsageAndExitCodes(params string[] args)
    {
        var (code, output, error) = await HostProcess.RunAsync(Environment(), null, args);

        Assert.Equal(0, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", output, StringComparison.Ordinal);
        Assert.Contains("3  configuration", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public async Task Health_NothingListening_ExitsOneOnStandardError()
    {
        var (code, output, error) = await HostProcess.RunAsync(Environment(), null, "health", "--url", "http://127.0.0.1:9");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("did not answer", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_PrintsTheVersion()
    {
        var (code, output, _) = await HostProcess.RunAsync(Environment(), null, "--version");

        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Fact]
    public async Task MistypedVerb_ExitsTwoSuggestingTheVerb()
    {
        var (code, output, error) = await HostProcess.RunAsync(Environment(), null, "question", "lint");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("Unknown command 'question lint'.", error, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'questions lint'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MistypedOption_ExitsTwoSuggestingTheOption()
    {
        var (code, _, error) = await HostProcess.RunAsync(Environment(), null, "practice", "--cuont", "3");

        Assert.Equal(2, code);
        Assert.Contains("Unknown option '--cuont' for 'practice'.", error, StringComparison.Ordinal);
        Assert.Contains("Did you mean '--count'?", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", "--count expects a whole number; got 'abc'.")]
    [InlineData("50", "--count must be between 1 and 20; got 50.")]
    public async Task Practice_BadCount_ExitsTwoNamingTheValue(string value, string message)
    {
        var (code, output, error) = await HostProcess.RunAsync(Environment(), null, "practice", "--count", value);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingOverride_OnTheCommandLine_IsNotAnUnknownOption()
    {
        var (code, output, _) = await HostProcess.RunAsync(Environment(), null, "questions", "lint", "--Database:MigrateOnStart=false");

        Assert.Equal(0, code);
        Assert.Contains("no problems", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsPackage_AppIdOnly_WritesTheZipRelativeToTheCurrentDirectory()
    {
        var environment = Environment();
        environment["BotFramework__AppId"] = "11111111-2222-3333-4444-555555555555";

        var (code, output, error) = await HostProcess.RunInAsync(_folder, environment, null, "teams", "package", "--output", "out/app.zip");

        Assert.True(code == 0, error);
        Assert.True(File.Exists(Path.Combine(_folder, "out", "app.zip")));
        Assert.Contains("Wrote", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsPackage_NoAppId_ExitsThreeNamingTheKeyBothWays()
    {
        var (code, _, error) = await HostProcess.RunAsync(Environment(), null, "teams", "package");

        Assert.Equal(3, code);
        Assert.Contains("BotFramework:AppId", error, StringComparison.Ordinal);
        Assert.Contains("BotFramework__AppId", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterCommands_NoToken_ExitsThreeNamingTheKeyBothWays()
    {
        var environment = Environment();
        environment["Discord__ApplicationId"] = "123456789012345678";

        var (code, _, error) = await HostProcess.RunAsync(environment, null, "discord", "register-commands");

        Assert.Equal(3, code);
        Assert.Contains("Discord:BotToken", error, StringComparison.Ordinal);
        Assert.Contains("Discord__BotToken", error, StringComparison.Ordinal);
        Assert.DoesNotContain("PublicKey", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterCommands_ApplicationIdAndTokenOnly_CallsDiscordWithoutAskingForThePublicKey()
    {
        var environment = Environment();
        environment["Discord__ApplicationId"] = "123456789012345678";
        environment["Discord__BotToken"] = "not-a-real-token";
        environment["Discord__ApiBaseUrl"] = "http://127.0.0.1:9/api/v10";
        environment["Discord__MaxRetries"] = "0";

        var (code, output, error) = await HostProcess.RunAsync(environment, null, "discord", "register-commands");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("Registering the commands failed", error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-real-token", error, StringComparison.Ordinal);
    }

    /// <summary>A bank folder with the test catalog and the two CLI questions.</summary>
    private string TwoQuestionBank()
    {
        var bank = Path.Combine(_folder, "bank");
        Directory.CreateDirectory(bank);
        TestBank.WriteCatalog(bank);
        File.WriteAllText(Path.Combine(bank, "two.yaml"), TwoQuestions);
        return bank;
    }

    private const string TwoQuestions = """
        topic: cli
        questions:
          - id: cli-one
            type: single
            difficulty: 2
            exams: [{ exam: AIF-C01, domain: 1 }]
            prompt: Which service turns text into speech?
            choices: { A: Amazon Polly, B: Amazon Transcribe, C: Amazon Textract }
            answer: A
            explanation: Polly speaks; Transcribe listens; Textract reads documents.
            references: [https://aws.amazon.com/polly/]
            verified: 2026-11-25
          - id: cli-two
            type: single
            difficulty: 2
            exams: [{ exam: AIF-C01, domain: 1 }]
            prompt: Which service turns speech into text?
            choices: { A: Amazon Polly, B: Amazon Transcribe, C: Amazon Textract }
            answer: B
            explanation: Transcribe converts audio to text; Polly does the reverse.
            references: [https://aws.amazon.com/transcribe/]
            verified: 2026-11-25
        """;
}
