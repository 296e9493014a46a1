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
            || l.StartsWith("0 problem(s)", StringComparison.Ordinal), l));
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
        var bank = Path.Combine(_folder, "bank");
        Directory.CreateDirectory(bank);
        TestBank.WriteCatalog(bank);
        File.WriteAllText(Path.Combine(bank, "two.yaml"), TwoQuestions);

        // The first line is not a choice and is asked again; then a two-letter answer to a single question is refused too.
        var (code, output, _) = await HostProcess.RunAsync(Environment(bank), "hello\nA B\nA\nA\nA\n", "practice", "--count", "2");

        Assert.Equal(0, code);
        Assert.Contains("Question 1/2", output, StringComparison.Ordinal);
        Assert.Contains("Question 2/2", output, StringComparison.Ordinal);
        Assert.Contains("Pick exactly one choice.", output, StringComparison.Ordinal);
        Assert.Matches(@"Score: [0-2]/2 correct, [0-4]/4 points", output);
    }

    [Fact]
    public async Task UnknownVerb_ExitsWithUsage()
    {
        var (code, _, error) = await HostProcess.RunAsync(Environment(), null, "questions", "frobnicate");

        Assert.Equal(2, code);
        Assert.Contains("Unknown command", error, StringComparison.Ordinal);
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
