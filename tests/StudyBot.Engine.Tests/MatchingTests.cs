using StudyBot.Tests.Shared;

namespace StudyBot.Engine.Tests;

public sealed class MatchingTests : IDisposable
{
    private static readonly QuestionBank Bank = TestBank.Load(TestBank.Yaml + "\n" + TestBank.Matching);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "studybot-matching-" + Guid.NewGuid().ToString("N"));

    public MatchingTests()
    {
        Directory.CreateDirectory(_folder);
        TestBank.WriteCatalog(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_Matching_ReadsItemsAndTheChoiceOfEachItemInItemOrder()
    {
        var sut = Bank.Get("t-match");

        Assert.Equal(QuestionType.Matching, sut.Type);
        Assert.Equal(["1", "2", "3"], sut.Items.Keys);
        Assert.Equal("Turn text into speech", sut.Items["2"]);
        Assert.Equal(["B", "A", "C"], sut.Answer);
        Assert.Equal(3, sut.PickCount);
    }

    [Theory]
    [InlineData("3: Read text from scanned forms\n", "\n", "items")]
    [InlineData("D: Amazon Translate\n", "D: Amazon Translate\n      E: Amazon Lex\n      F: Amazon Kendra\n      G: Amazon Comprehend\n", "choices.G")]
    [InlineData("answer: { 1: B, 2: A, 3: C }", "answer: { 1: B, 2: A, 3: Z }", "answer")]
    [InlineData("answer: { 1: B, 2: A, 3: C }", "answer: { 1: B, 2: B, 3: C }", "answer")]
    [InlineData("answer: { 1: B, 2: A, 3: C }", "answer: { 1: B, 2: A }", "answer")]
    [InlineData("answer: { 1: B, 2: A, 3: C }", "answer: { 1: B, 2: A, 3: C, 4: D }", "answer")]
    [InlineData("answer: { 1: B, 2: A, 3: C }", "answer: [B, A, C]", "answer")]
    [InlineData("2: Turn text into speech", "5: Turn text into speech", "items.5")]
    public void Load_BrokenMatching_NamesTheField(string from, string to, string field)
    {
        Assert.Contains(from, TestBank.Matching, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder, "m.yaml"), TestBank.Yaml + "\n" + TestBank.Matching.Replace(from, to, StringComparison.Ordinal));

        var (_, errors) = QuestionBankLoader.Load(_folder);

        Assert.Contains(errors, e => e.QuestionId == "t-match" && e.Field == field);
    }

    [Fact]
    public void Load_MatchingWithSixChoices_LoadsWithSpareChoices()
    {
        var yaml = TestBank.Matching.Replace("D: Amazon Translate\n", "D: Amazon Translate\n      E: Amazon Lex\n      F: Amazon Kendra\n", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder, "m.yaml"), TestBank.Yaml + "\n" + yaml);

        var (bank, errors) = QuestionBankLoader.Load(_folder);

        Assert.Empty(errors);
        Assert.Equal(6, bank.Get("t-match").Choices.Count);
    }

    [Fact]
    public void Load_LongItem_IsRejected()
    {
        var yaml = TestBank.Matching.Replace("1: Turn speech into text", "1: " + new string('x', 201), StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder, "m.yaml"), TestBank.Yaml + "\n" + yaml);

        var (_, errors) = QuestionBankLoader.Load(_folder);

        var error = Assert.Single(errors);
        Assert.Equal(("t-match", "items.1"), (error.QuestionId, error.Field));
        Assert.Contains("at most 200", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ItemsOnASingleQuestion_AreRejected()
    {
        var yaml = TestBank.Yaml.Replace("    answer: B\n", "    items: { 1: x, 2: y, 3: z }\n    answer: B\n", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder, "s.yaml"), yaml);

        var (_, errors) = QuestionBankLoader.Load(_folder);

        Assert.Contains(errors, e => e.QuestionId == "t-single" && e.Field == "items");
    }

    [Theory]
    [InlineData("DBAC", new[] { "B", "C", "D" }, true)]
    [InlineData("DBAC", new[] { "C", "B", "D" }, false)]
    [InlineData("ABCD", new[] { "B", "A", "C" }, true)]
    [InlineData("ABCD", new[] { "B", "A", "D" }, false)]
    public void IsCorrect_Matching_NeedsEveryItemThroughTheShuffle(string order, string[] labels, bool expected)
    {
        var sut = Bank.Get("t-match");

        var keys = Grader.ToKeys(order, labels);

        Assert.Null(Grader.Validate(sut, order, labels));
        Assert.Equal(expected, Grader.IsCorrect(sut, keys));
    }

    [Fact]
    public void Validate_Matching_WrongShapesGetAClearReason()
    {
        var sut = Bank.Get("t-match");

        Assert.Equal("Match all 3 items: give one choice label per item, in item order (you gave 2).", Grader.Validate(sut, "ABCD", ["A", "B"]));
        Assert.Equal("Match all 3 items: give one choice label per item, in item order (you gave 4).", Grader.Validate(sut, "ABCD", ["A", "B", "C", "D"]));
        Assert.Contains("E is not one of the choices (A, B, C, D)", Grader.Validate(sut, "ABCD", ["A", "B", "E"]), StringComparison.Ordinal);
        Assert.Equal("A is matched to items 1 and 2: each choice fits one item only, so use a label once.", Grader.Validate(sut, "ABCD", ["A", "A", "B"]));
        Assert.Equal("Pick a match for item 2: every item needs one.", Grader.Validate(sut, "ABCD", ["A", "", "B"]));
        Assert.Equal("Pick a match for items 1 and 3: every item needs one.", Grader.Validate(sut, "ABCD", ["", "C", ""]));
    }

    [Fact]
    public void CorrectLabels_Matching_AreInItemOrderAndDescribedPerItem()
    {
        var sut = Bank.Get("t-match");

        var labels = Grader.CorrectLabels(sut, "DBAC");

        Assert.Equal(["B", "C", "D"], labels);
        Assert.Equal("1 → B: Amazon Transcribe; 2 → C: Amazon Polly; 3 → D: Amazon Textract", Grader.DescribeCorrect(sut, "DBAC"));
    }
}
