using StudyBot.Tests.Shared;

namespace StudyBot.Engine.Tests;

public sealed class GraderTests
{
    private static readonly Questions.QuestionBank Bank = TestBank.Load();

    [Theory]
    [InlineData("BAC", "A", true)]
    [InlineData("BAC", "B", false)]
    [InlineData("ABC", "B", true)]
    public void IsCorrect_Single_MatchesTheKeyThroughTheShuffle(string order, string label, bool expected)
    {
        var question = Bank.Get("t-single");

        var keys = Grader.ToKeys(order, [label]);

        Assert.Equal(expected, Grader.IsCorrect(question, keys));
    }

    [Theory]
    [InlineData(new[] { "A", "C" }, true)]
    [InlineData(new[] { "C", "A" }, true)]
    [InlineData(new[] { "A", "B" }, false)]
    [InlineData(new[] { "A" }, false)]
    [InlineData(new[] { "A", "C", "D" }, false)]
    public void IsCorrect_Multiple_RequiresTheExactSet(string[] keys, bool expected)
    {
        var sut = Bank.Get("t-multi");

        Assert.Equal(expected, Grader.IsCorrect(sut, keys));
    }

    [Theory]
    [InlineData(new[] { "C", "A", "B" }, true)]
    [InlineData(new[] { "A", "C", "B" }, false)]
    public void IsCorrect_Ordering_RequiresTheExactOrder(string[] keys, bool expected)
    {
        var sut = Bank.Get("t-order");

        Assert.Equal(expected, Grader.IsCorrect(sut, keys));
    }

    [Fact]
    public void Validate_WrongShapes_AreRefusedWithAReason()
    {
        var multi = Bank.Get("t-multi");
        var order = Bank.Get("t-order");

        Assert.Equal("Pick exactly 2 choices.", Grader.Validate(multi, "ABCD", ["A"]));
        Assert.Equal("Put all 3 choices in order.", Grader.Validate(order, "ABC", ["A", "B"]));
        Assert.Contains("not one of the choices", Grader.Validate(order, "ABC", ["A", "B", "E"]), StringComparison.Ordinal);
        Assert.Equal("Each choice can be picked once.", Grader.Validate(order, "ABC", ["A", "A", "B"]));
        Assert.Null(Grader.Validate(order, "ABC", ["C", "A", "B"]));
    }

    [Fact]
    public void PointsFor_FollowsDifficulty()
    {
        Assert.Equal(1, Grader.PointsFor(Bank.Get("t-order"), true));
        Assert.Equal(2, Grader.PointsFor(Bank.Get("t-single"), true));
        Assert.Equal(3, Grader.PointsFor(Bank.Get("t-multi"), true));
        Assert.Equal(0, Grader.PointsFor(Bank.Get("t-multi"), false));
    }

    [Fact]
    public void ParseLabels_AcceptsCommonTyping()
    {
        Assert.Equal(["C", "A", "D", "B"], Grader.ParseLabels("c a, d-b"));
        Assert.Empty(Grader.ParseLabels("  "));
    }

    [Fact]
    public void CorrectLabels_OrderingFollowsTheShownLabels()
    {
        var question = Bank.Get("t-order");

        // Shown order B, C, A: label A is key B, label B is key C, label C is key A. Answer C, A, B → labels B, C, A.
        var labels = Grader.CorrectLabels(question, "BCA");

        Assert.Equal(["B", "C", "A"], labels);
    }
}
