using StudyBot.Tests.Shared;

namespace StudyBot.Engine.Tests;

public sealed class QuestionBankLoaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "studybot-bank-" + Guid.NewGuid().ToString("N"));

    public QuestionBankLoaderTests()
    {
        Directory.CreateDirectory(_folder);
        TestBank.WriteCatalog(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_ValidFile_ReturnsQuestionsWithoutErrors()
    {
        File.WriteAllText(Path.Combine(_folder, "ok.yaml"), TestBank.Yaml);

        var (bank, errors) = QuestionBankLoader.Load(_folder);

        Assert.Empty(errors);
        Assert.Equal(4, bank.Count);
        Assert.Equal(["A", "C"], bank.Get("t-multi").Answer);
        Assert.Equal(QuestionType.Ordering, bank.Get("t-order").Type);
    }

    [Theory]
    [InlineData("answer: B", "answer: Z", "answer")]
    [InlineData("difficulty: 2", "difficulty: 7", "difficulty")]
    [InlineData("exam: MLA-C01, domain: 3", "exam: MLA-C01, domain: 9", "exams")]
    [InlineData("C: A serverless endpoint", "C: None of the above", "choices.C")]
    [InlineData("verified: 2026-11-25", "verified: yesterday", "verified")]
    public void Load_BrokenField_NamesFileIdAndField(string from, string to, string field)
    {
        File.WriteAllText(Path.Combine(_folder, "broken.yaml"), ReplaceFirst(TestBank.Yaml, from, to));

        var ex = Assert.Throws<QuestionBankException>(() => QuestionBankLoader.LoadOrThrow(_folder));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("broken.yaml", error.File);
        Assert.Equal("t-single", error.QuestionId);
        Assert.Equal(field, error.Field);
        Assert.Contains("broken.yaml: t-single: " + field, EngineFixture.Say(ex.Message), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MultipleWithoutCountInPrompt_IsRejected()
    {
        File.WriteAllText(Path.Combine(_folder, "m.yaml"), TestBank.Yaml.Replace("(Choose two.)", string.Empty, StringComparison.Ordinal));

        var (_, errors) = QuestionBankLoader.Load(_folder);

        Assert.Contains(errors, e => e.QuestionId == "t-multi" && e.Field == "prompt");
    }

    [Fact]
    public void Load_OrderingMissingAKey_IsRejected()
    {
        File.WriteAllText(Path.Combine(_folder, "o.yaml"), TestBank.Yaml.Replace("answer: [C, A, B]", "answer: [C, A]", StringComparison.Ordinal));

        var (_, errors) = QuestionBankLoader.Load(_folder);

        Assert.Contains(errors, e => e.QuestionId == "t-order" && e.Field == "answer");
    }

    [Fact]
    public void Load_DuplicateIdAcrossFiles_IsRejected()
    {
        File.WriteAllText(Path.Combine(_folder, "a.yaml"), TestBank.Yaml);
        File.WriteAllText(Path.Combine(_folder, "b.yaml"), TestBank.Yaml);

        var (_, errors) = QuestionBankLoader.Load(_folder);

        Assert.Equal(4, errors.Count(e => e.File == "b.yaml" && e.Field == "id"));
    }

    [Fact]
    public void Load_MalformedYaml_ReportsLine()
    {
        File.WriteAllText(Path.Combine(_folder, "bad.yaml"), "questions:\n  - id: x\n    prompt: [unclosed\n");

        var (_, errors) = QuestionBankLoader.Load(_folder);

        var error = Assert.Single(errors);
        Assert.Equal("yaml", error.Field);
        Assert.Contains("line", EngineFixture.Say(error.Message), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReferenceNotOnAws_IsRejected()
    {
        File.WriteAllText(Path.Combine(_folder, "r.yaml"), TestBank.Yaml.Replace("https://docs.aws.amazon.com/sagemaker/latest/dg/batch-transform.html", "https://example.com/x", StringComparison.Ordinal));

        var (_, errors) = QuestionBankLoader.Load(_folder);

        Assert.Contains(errors, e => e.QuestionId == "t-single" && e.Field == "references");
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' is not in the test bank");
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }
}
