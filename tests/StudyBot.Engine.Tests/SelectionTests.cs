using StudyBot.Tests.Shared;

namespace StudyBot.Engine.Tests;

public sealed class SelectionTests
{
    private static Question Make(string id, string exam, int domain) => new()
    {
        Id = id,
        Topic = "t",
        File = "t.yaml",
        Type = QuestionType.Single,
        Difficulty = 1,
        Exams = [new ExamTag(exam, domain, null)],
        Prompt = "p",
        Choices = new Dictionary<string, string> { ["A"] = "a", ["B"] = "b", ["C"] = "c" },
        Answer = ["A"],
        Explanation = "e",
        Verified = new DateOnly(2026, 11, 25),
    };

    [Fact]
    public async Task OpenAsync_DailyRounds_NeverRepeatUntilTheBankIsUsedUp()
    {
        var fx = new EngineFixture();
        var channel = await fx.ChannelAsync();
        var sut = fx.Get<DailyRoundService>();
        var day = new DateOnly(2026, 1, 1);

        var firstCycle = new List<string>();
        for (var i = 0; i < fx.Bank.Count; i++)
        {
            firstCycle.Add((await sut.OpenAsync(channel, day.AddDays(i), CancellationToken.None))!.Value.Round.QuestionId);
        }

        var secondCycle = new List<string>();
        for (var i = fx.Bank.Count; i < 2 * fx.Bank.Count; i++)
        {
            secondCycle.Add((await sut.OpenAsync(channel, day.AddDays(i), CancellationToken.None))!.Value.Round.QuestionId);
        }

        Assert.Equal(fx.Bank.Count, firstCycle.Distinct().Count());
        Assert.Equal(fx.Bank.Count, secondCycle.Distinct().Count());
    }

    [Fact]
    public async Task OpenAsync_SameDateTwice_ReturnsTheSameRound()
    {
        var fx = new EngineFixture();
        var channel = await fx.ChannelAsync();
        var sut = fx.Get<DailyRoundService>();

        var a = await sut.OpenAsync(channel, new DateOnly(2026, 3, 2), CancellationToken.None);
        var b = await sut.OpenAsync(channel, new DateOnly(2026, 3, 2), CancellationToken.None);

        Assert.True(a!.Value.Created);
        Assert.False(b!.Value.Created);
        Assert.Equal(a.Value.Round.Id, b.Value.Round.Id);
        Assert.Single(fx.Stores.Rounds.Rounds);
    }

    [Fact]
    public void PickOne_WithExam_FollowsTheDomainWeights()
    {
        // 40 questions in each AIF-C01 domain; with fresh usage every draw, the domain shares must track 20/24/28/14/14.
        var questions = Enumerable.Range(1, 5).SelectMany(d => Enumerable.Range(0, 40).Select(i => Make($"q-{d}-{i}", "AIF-C01", d))).ToList();
        var bank = new QuestionBank(questions, TestBank.Exams);
        var sut = new QuestionSelector(bank, new EngineFixture.SeededRandom(11));
        var counts = new int[6];
        const int draws = 20000;

        for (var i = 0; i < draws; i++)
        {
            var q = sut.PickOne("AIF-C01", null, new Dictionary<string, int>())!;
            counts[q.Exams[0].Domain]++;
        }

        var expected = new[] { 0, 20, 24, 28, 14, 14 };
        for (var d = 1; d <= 5; d++)
        {
            Assert.InRange(100.0 * counts[d] / draws, expected[d] - 1.5, expected[d] + 1.5);
        }
    }

    [Fact]
    public void PickOne_AllOfADomainUsed_DrawsFromLeastUsedOnly()
    {
        var bank = new QuestionBank([Make("a", "MLA-C01", 1), Make("b", "MLA-C01", 2), Make("c", "MLA-C01", 2)], TestBank.Exams);
        var sut = new QuestionSelector(bank, new EngineFixture.SeededRandom(3));
        var usage = new Dictionary<string, int> { ["a"] = 1, ["b"] = 1 };

        var picks = Enumerable.Range(0, 50).Select(_ => sut.PickOne("MLA-C01", null, usage)!.Id).Distinct().ToList();

        Assert.Equal(["c"], picks);
    }

    [Fact]
    public void PickMany_DrawsMatchingQuestionsLikeTheOthers()
    {
        var matching = Make("m", "MLA-C01", 1) with { Type = QuestionType.Matching };
        var bank = new QuestionBank([Make("a", "MLA-C01", 1), matching], TestBank.Exams);
        var sut = new QuestionSelector(bank, new EngineFixture.SeededRandom(5));

        var picks = sut.PickMany("MLA-C01", 1, new Dictionary<string, int>(), 5);

        Assert.Equal(["a", "m"], picks.Select(q => q.Id).Order());
    }
}
