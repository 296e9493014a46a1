using StudyBot.Host.Cli;
using StudyBot.Tests.Shared;

namespace StudyBot.Host.Tests.Import;

/// <summary>Each import format with a small fixture written for these tests, and the CSV export's round trip through import and lint.</summary>
public sealed class QuestionImportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "studybot-import-" + Guid.NewGuid().ToString("N"));

    public QuestionImportTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "bank"));
        TestBank.WriteCatalog(Path.Combine(_folder, "bank"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string RedList = """
        AUTHOR: the StudyBot tests
        Which service turns speech into text?:
        - Amazon Transcribe
        - Transcribe
        Which service reads text from scanned forms?:
        - Amazon Textract
        Which service speaks text aloud?:
        - Amazon Polly
        Which service translates between languages?:
        - Amazon Translate
        """;

    private const string OpenTdbJson = """
        {"response_code":0,"results":[
          {"type":"multiple","difficulty":"hard","category":"Science: Computers","question":"Which of these is a &quot;supervised&quot; task?",
           "correct_answer":"Regression","incorrect_answers":["Clustering","Dimensionality reduction","Association rules"]},
          {"type":"boolean","difficulty":"easy","category":"Science: Computers","question":"K-means is supervised.","correct_answer":"False","incorrect_answers":["True"]},
          {"type":"multiple","difficulty":"easy","category":"Science: Computers","question":"What does ML stand for &amp; mean?",
           "correct_answer":"Machine learning","incorrect_answers":["Markup language","Memory leak","Model logic"]}
        ]}
        """;

    private const string CloudCertPrepJson = """
        [
          {"questionId":"ccp-1","question":"Which two are managed AWS AI services?","subQuestion":"(Choose two.)","domain":"AI services",
           "difficulty":"intermediate","answers":{"a":"Amazon Rekognition","b":"A self-built model on EC2","c":"Amazon Comprehend","d":"A cron job"},
           "correctAnswer":["a","c"],"explanation":"Both are managed services.","references":["https://aws.amazon.com/machine-learning/ai-services/"]},
          {"questionId":"ccp-2","question":"No answers here","answers":{},"correctAnswer":["a"]}
        ]
        """;

    [Fact]
    public void Red_KeyIsTheFirstAnswer_DistractorsBorrowedAndReported()
    {
        var (drafts, unmapped) = QuestionImport.Read("red", RedList, "ai services");

        Assert.Equal(4, drafts.Count);
        var first = drafts[0];
        Assert.Equal(("red-ai-services-001", "Which service turns speech into text?", "Amazon Transcribe"), (first.Id, first.Prompt, first.Choices[0].Text));
        Assert.Equal(["A"], first.Answer);
        Assert.Equal(["Amazon Textract", "Amazon Polly", "Amazon Translate"], first.Choices.Skip(1).Select(c => c.Text));
        Assert.Contains(unmapped, u => u.StartsWith("red-ai-services-001: trivia has no wrong choices", StringComparison.Ordinal));
        Assert.Contains(unmapped, u => u.Contains("other accepted spellings dropped (Transcribe)", StringComparison.Ordinal));
        Assert.DoesNotContain(drafts, d => d.Prompt == "AUTHOR");
    }

    [Fact]
    public void OpenTdb_DecodesEntities_LeavesTrueFalseUnmapped()
    {
        var (drafts, unmapped) = QuestionImport.Read("opentdb", OpenTdbJson, "otdb");

        Assert.Equal(2, drafts.Count);
        Assert.Equal("Which of these is a \"supervised\" task?", drafts[0].Prompt);
        Assert.Equal("What does ML stand for & mean?", drafts[1].Prompt);
        Assert.Equal((3, 1), (drafts[0].Difficulty, drafts[1].Difficulty));
        var key = drafts[0].Choices.Single(c => c.Key == drafts[0].Answer[0]).Text;
        Assert.Equal("Regression", key);
        Assert.Contains(unmapped, u => u.Contains("true/false is not mapped", StringComparison.Ordinal));
    }

    [Fact]
    public void CloudCertPrep_TwoKeysMakeAMultiple_DomainAndBadItemsReported()
    {
        var (drafts, unmapped) = QuestionImport.Read("cloudcertprep", CloudCertPrepJson, "ccp");

        var draft = Assert.Single(drafts);
        Assert.Equal(("multiple", "Which two are managed AWS AI services? (Choose two.)", 2), (draft.Type, draft.Prompt, draft.Difficulty));
        Assert.Equal(["A", "C"], draft.Answer);
        Assert.Equal(["https://aws.amazon.com/machine-learning/ai-services/"], draft.References);
        Assert.Contains(unmapped, u => u.Contains("domain 'AI services' is no exam guide domain", StringComparison.Ordinal));
        Assert.Contains(unmapped, u => u.StartsWith("ccp-2:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("opentdb", "not JSON")]
    [InlineData("cloudcertprep", "not JSON")]
    [InlineData("red", "not a trivia list")]
    [InlineData("csv", "the first row must be the header")]
    public void BrokenFile_IsReported_AndMapsNothing(string format, string expected)
    {
        var (drafts, unmapped) = QuestionImport.Read(format, "{ [ broken", "bad");

        Assert.Empty(drafts);
        Assert.Contains(expected, Assert.Single(unmapped), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WritesYamlForReview_WithTheExamTag_AndLintsIt()
    {
        var file = Path.Combine(_folder, "otdb.json");
        File.WriteAllText(file, OpenTdbJson);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = QuestionTransferCommands.Import(Path.Combine(_folder, "bank"), "opentdb", file, "AIF-C01", 1, Path.Combine(_folder, "out"), output, error);

        var yaml = File.ReadAllText(Path.Combine(_folder, "out", "opentdb-otdb.yaml"));
        Assert.Contains("- { exam: \"AIF-C01\", domain: 1 }", yaml, StringComparison.Ordinal);
        Assert.Contains("prompt: \"Which of these is a \\\"supervised\\\" task?\"", yaml, StringComparison.Ordinal);
        // Imported questions are not verified and have no explanation: the lint says so, and the import exits 1.
        Assert.Equal(ExitCodes.Problems, code);
        Assert.Contains("to review:", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("verified", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("not mapped: result 2", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExportCsv_ThenImport_GivesTheSameQuestions_AndPassesTheLint()
    {
        var bank = TestBank.Load(TestBank.Yaml + "\n" + TestBank.Matching);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var csv = Path.Combine(_folder, "bank.csv");

        Assert.Equal(ExitCodes.Success, QuestionTransferCommands.Export(bank, "csv", null, null, null, csv, output, error));
        Assert.Contains("1 matching question(s) left out", error.ToString(), StringComparison.Ordinal);
        var code = QuestionTransferCommands.Import(Path.Combine(_folder, "bank"), "csv", csv, null, null, Path.Combine(_folder, "again"), output, error);

        Assert.True(code == ExitCodes.Success, output.ToString());
        var (again, errors) = QuestionBankLoader.Load(Path.Combine(_folder, "again"));
        Assert.Empty(errors);
        var exported = bank.All.Where(q => q.Type != QuestionType.Matching).ToList();
        Assert.Equal(exported.Count, again.Count);
        foreach (var q in exported)
        {
            var back = again.Get(q.Id);
            Assert.Equal((q.Type, q.Difficulty, q.Prompt, q.Explanation, q.Verified), (back.Type, back.Difficulty, back.Prompt, back.Explanation, back.Verified));
            Assert.Equal(q.Choices.OrderBy(c => c.Key), back.Choices.OrderBy(c => c.Key));
            Assert.Equal(q.Answer, back.Answer);
            Assert.Equal(q.Exams, back.Exams);
            Assert.Equal(StudyBot.Engine.Flags.QuestionVersions.Of(q), StudyBot.Engine.Flags.QuestionVersions.Of(back));
        }
    }

    [Fact]
    public void ExportAnki_OneTabSeparatedNotePerQuestion_WithHtmlEscaped()
    {
        var bank = TestBank.Load();
        using var output = new StringWriter();
        using var error = new StringWriter();

        QuestionTransferCommands.Export(bank, "anki", "MLA-C01", null, null, null, output, error);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["#separator:tab", "#html:true", "#tags column:3"], lines.Take(3));
        var notes = lines.Skip(3).ToList();
        Assert.Equal(bank.Filter("MLA-C01", null).Count, notes.Count);
        Assert.All(notes, n => Assert.Equal(3, n.Split('\t').Length));
        Assert.Contains(notes, n => n.Contains("<b>B</b>", StringComparison.Ordinal) && n.Contains("MLA-C01::D3", StringComparison.Ordinal));
    }

    [Fact]
    public void FlagsExport_JsonAndCsv_CarryIdVersionReasonsAndTexts()
    {
        IReadOnlyList<FlagExportRow> rows =
        [
            new("t-single", "0123456789abcdef", true, 3, 2, [new(FlagReason.WrongAnswer, "wrong-answer", 2), new(FlagReason.Typo, "typo", 1)], ["It is A, not B", "a \"quoted\" typo"]),
        ];

        var json = QuestionTransferCommands.FlagsJson(rows);
        var csv = QuestionTransferCommands.FlagsCsv(rows);

        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var row = doc.RootElement[0];
        Assert.Equal(("t-single", "0123456789abcdef", 2), (row.GetProperty("questionId").GetString(), row.GetProperty("version").GetString(), row.GetProperty("reasons").GetProperty("wrong-answer").GetInt32()));
        Assert.Equal("It is A, not B", row.GetProperty("texts")[0].GetString());
        var parsed = QuestionCsv.Read(csv);
        Assert.Equal(["t-single", "0123456789abcdef", "yes", "3", "2", "wrong-answer:2;typo:1", "It is A, not B | a \"quoted\" typo"], parsed[1]);
    }
}
