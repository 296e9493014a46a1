using StudyBot.Tests.Shared;

namespace StudyBot.Host.Tests;

public sealed class CliMockTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "studybot-cli-mock-" + Guid.NewGuid().ToString("N"));

    public CliMockTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Dictionary<string, string> Environment()
    {
        var bank = Path.Combine(_folder, "bank");
        Directory.CreateDirectory(bank);
        TestBank.WriteCatalog(bank);
        File.WriteAllText(Path.Combine(bank, "test.yaml"), TestBank.Yaml);
        return new()
        {
            ["Database__DataDirectory"] = Path.Combine(_folder, "data"),
            ["Questions__Path"] = bank,
        };
    }

    [Fact]
    public async Task Mock_LeaveThenResumeInANewProcess_ThenSubmitWritesTheReportChartAndHistory()
    {
        var environment = Environment();
        var chart = Path.Combine(_folder, "chart.png");

        var (leftCode, left, _) = await HostProcess.RunAsync(environment, "next\nflag\nquit\n", "mock", "--exam", "AIF-C01");
        var (doneCode, done, _) = await HostProcess.RunAsync(environment, "list\nback\nsubmit\n", "mock", "--chart", chart);
        var (historyCode, history, _) = await HostProcess.RunAsync(environment, null, "mock", "history");

        Assert.Equal(0, leftCode);
        Assert.Contains("AIF-C01 mock: 3 questions in 90 minutes", left, StringComparison.Ordinal);
        Assert.Contains("Question 1/3  [AIF-C01]", left, StringComparison.Ordinal);
        Assert.Contains("Time left: ", left, StringComparison.Ordinal);
        Assert.Contains("Question 2/3  [AIF-C01]  [flagged]", left, StringComparison.Ordinal);
        Assert.Contains("Left at question 2", left, StringComparison.Ordinal);
        Assert.Equal(0, doneCode);
        Assert.Contains("Resuming your AIF-C01 mock", done, StringComparison.Ordinal);
        Assert.Contains("Flagged: 2 · Unanswered: 1, 2, 3", done, StringComparison.Ordinal);
        Assert.Contains("AIF-C01 mock: 0/3 correct · estimated 100/1000 · pass mark 700 · FAIL", done, StringComparison.Ordinal);
        Assert.Contains("Missed (3; they are in your review deck", done, StringComparison.Ordinal);
        Assert.True(File.Exists(chart));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(chart).Take(4));
        Assert.Equal(0, historyCode);
        Assert.Contains("AIF-C01  0/3  ~100/1000 (pass 700) fail", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mock_UnknownExam_ExitsWithUsageAndStoresNothing()
    {
        var (code, _, error) = await HostProcess.RunAsync(Environment(), null, "mock", "--exam", "XYZ-C09");

        Assert.Equal(2, code);
        Assert.Contains("'XYZ-C09' is not an exam I know", error, StringComparison.Ordinal);
    }
}
