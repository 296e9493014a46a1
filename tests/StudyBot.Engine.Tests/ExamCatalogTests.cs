using StudyBot.Tests.Shared;

namespace StudyBot.Engine.Tests;

public sealed class ExamCatalogTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "studybot-catalog-" + Guid.NewGuid().ToString("N"));

    public ExamCatalogTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_TestCatalog_ReadsEveryExamWithItsFormat()
    {
        TestBank.WriteCatalog(_folder);

        var (sut, errors) = ExamCatalogLoader.Load(_folder);

        Assert.Empty(errors);
        Assert.NotNull(sut);
        Assert.Equal(["AIF-C01", "MLA-C01", "AIP-C01", "MLS-C01"], sut.All.Select(e => e.Code));
        Assert.Equal(["AIF-C01", "MLA-C01", "AIP-C01"], sut.Active.Select(e => e.Code));
        var aif = sut.Find("aif-c01")!;
        Assert.Equal((ExamLevel.Foundational, 50, 15, 90, 700), (aif.Level, aif.ScoredQuestions, aif.UnscoredQuestions, aif.Minutes, aif.PassMark));
        Assert.Contains("matching", aif.Types);
        Assert.Equal([20, 24, 28, 14, 14], aif.Domains.Select(d => d.WeightPercent));
        var mls = sut.Find("MLS-C01")!;
        Assert.Equal(ExamStatus.Retired, mls.Status);
        Assert.Equal(new DateOnly(2026, 3, 31), mls.RetiredOn);
        Assert.Equal("retired 2026-03-31", mls.StatusText);
    }

    [Fact]
    public void Load_NoCatalog_StopsTheBankNamingTheFile()
    {
        File.WriteAllText(Path.Combine(_folder, "test.yaml"), TestBank.Yaml);

        var ex = Assert.Throws<QuestionBankException>(() => QuestionBankLoader.LoadOrThrow(_folder));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((ExamCatalogLoader.FileName, "path"), (error.File, error.Field));
    }

    [Theory]
    [InlineData("passing_score: 700", "passing_score: 50", "AIF-C01", "passing_score")]
    [InlineData("minutes: 90", "minutes: ninety", "AIF-C01", "minutes")]
    [InlineData("level: foundational", "level: beginner", "AIF-C01", "level")]
    [InlineData("status: retired\n    retired: 2026-03-31", "status: retired", "MLS-C01", "retired")]
    [InlineData("status: active\n    scored_questions: 50\n    unscored_questions: 15\n    minutes: 90",
        "status: active\n    retired: 2026-01-01\n    scored_questions: 50\n    unscored_questions: 15\n    minutes: 90", "AIF-C01", "retired")]
    [InlineData("status: retired", "status: withdrawn", "MLS-C01", "status")]
    [InlineData("question_types: [multiple-choice, multiple-response]", "question_types: [multiple-choice, essay]", "MLS-C01", "question_types")]
    [InlineData("{ number: 3, name: Modeling, weight: 36 }", "{ number: 3, name: Modeling, weight: 30 }", "MLS-C01", "domains")]
    [InlineData("{ number: 2, name: ML model development, weight: 26 }", "{ number: 5, name: ML model development, weight: 26 }", "MLA-C01", "domains[2]")]
    public void Load_BrokenCatalog_StopsTheBankNamingFileExamAndField(string from, string to, string exam, string field)
    {
        var text = File.ReadAllText(Path.Combine(TestBank.CatalogFolder, ExamCatalogLoader.FileName)).ReplaceLineEndings("\n");
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder, ExamCatalogLoader.FileName), ReplaceFirst(text, from, to));
        File.WriteAllText(Path.Combine(_folder, "test.yaml"), TestBank.Yaml);

        var ex = Assert.Throws<QuestionBankException>(() => QuestionBankLoader.LoadOrThrow(_folder));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((ExamCatalogLoader.FileName, exam, field), (error.File, error.QuestionId, error.Field));
        Assert.Contains($"exams.yaml: {exam}: {field}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Filter_NoExam_LeavesQuestionsOfRetiredExamsOut()
    {
        var sut = TestBank.Load(TestBank.Yaml + "\n" + TestBank.MlsSingle);

        var all = sut.Filter(null, null);
        var mls = sut.Filter("MLS-C01", null);

        Assert.DoesNotContain(all, q => q.Id == "t-mls");
        Assert.Equal(4, all.Count);
        Assert.Equal(["t-mls"], mls.Select(q => q.Id));
    }

    [Fact]
    public void PickMany_NoExam_NeverDrawsARetiredExamsQuestion()
    {
        var bank = TestBank.Load(TestBank.Yaml + "\n" + TestBank.MlsSingle);
        var sut = new QuestionSelector(bank, new EngineFixture.SeededRandom(5));

        var picked = Enumerable.Range(0, 30).SelectMany(_ => sut.PickMany(null, null, new Dictionary<string, int>(), 5)).Select(q => q.Id).ToHashSet();

        Assert.DoesNotContain("t-mls", picked);
        Assert.Equal("t-mls", sut.PickOne("MLS-C01", null, new Dictionary<string, int>())!.Id);
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }
}
