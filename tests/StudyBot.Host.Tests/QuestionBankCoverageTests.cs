using StudyBot.Host.Cli;

namespace StudyBot.Host.Tests;

/// <summary>The shipped bank: every exam domain, every study-guide FAQ item, and a mix of types like the real exams.</summary>
public sealed class QuestionBankCoverageTests
{
    private static readonly QuestionBank Bank = QuestionBankLoader.LoadOrThrow(Path.Combine(AppContext.BaseDirectory, "questions"));
    private static readonly BankReport Report = BankReport.Create(Bank);

    [Fact]
    public void Bank_HasAtLeast300Questions() => Assert.True(Bank.Count >= 300, $"{Bank.Count} questions");

    [Fact]
    public void Bank_EveryExamDomainHasAtLeast12Questions()
    {
        var thin = Report.Exams.SelectMany(e => e.Domains.Where(d => d.Count < 12).Select(d => $"{e.Code} D{d.Number}: {d.Count}")).ToList();

        Assert.Empty(thin);
    }

    [Fact]
    public void Bank_CoversAllFiftyFaqItems() => Assert.Empty(Report.FaqMissing);

    [Fact]
    public void Bank_TypeMixLikeTheExams()
    {
        Assert.True(Report.Types[QuestionType.Multiple] * 100 >= 15 * Bank.Count, $"multiple: {Report.Types[QuestionType.Multiple]} of {Bank.Count}");
        Assert.True(Report.Types[QuestionType.Ordering] * 100 >= 5 * Bank.Count, $"ordering: {Report.Types[QuestionType.Ordering]} of {Bank.Count}");
    }

    [Fact]
    public void Bank_CatalogHasTheThreeActiveExamsAndRetiredMls()
    {
        Assert.Equal(["AIF-C01", "MLA-C01", "AIP-C01"], Bank.Exams.Active.Select(e => e.Code));
        Assert.Equal("retired 2026-03-31", Bank.Exams.Find("MLS-C01")!.StatusText);
    }

    [Fact]
    public void Bank_LintFindsNoProblemBesidesFairness()
    {
        var lint = BankLint.Run(Path.Combine(AppContext.BaseDirectory, "questions"));

        Assert.Empty(lint.Errors);
    }

    [Fact]
    public void Bank_FairChoicesWithinTheThresholds()
    {
        Assert.Empty(Report.Fairness.KeyTooLong);
        Assert.Empty(Report.Fairness.Exceeded);
        Assert.Empty(Report.Fairness.KeyOnlyEchoOnActiveExam);
    }

    [Fact]
    public void Bank_ActiveExamDomainsWithinFivePointsOfTheirWeights()
    {
        var off = Report.Exams.Where(e => e.Exam.IsActive)
            .SelectMany(e => e.Domains.Where(d => Math.Abs(100.0 * d.Count / e.Total - d.WeightPercent) > 5)
                .Select(d => $"{e.Code} D{d.Number}: {100.0 * d.Count / e.Total:0.0}% against {d.WeightPercent}%"))
            .ToList();

        Assert.Empty(off);
    }

    [Fact]
    public void Bank_DifficultiesSpreadAcrossAllThree() =>
        Assert.All(Report.Difficulties.Values, count => Assert.True(count * 100 >= 15 * Bank.Count, $"a difficulty has only {count}"));
}
