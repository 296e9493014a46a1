using StudyBot.Discord.Handlers;
using StudyBot.Discord.Rendering;

namespace StudyBot.Discord.Tests;

/// <summary>Issue 13 on Discord: never a cut choice (item 1), the question closed with its answer (item 5), help's common actions (item 22).</summary>
public sealed class DiscordCardsFlowTests
{
    private static readonly string Long = string.Concat(Enumerable.Repeat("a long choice text that means something ", 5)).Trim();

    private static RoundView Round(QuestionType type, bool closed = false) => new(
        5, RoundKind.Daily, "q", type, 2, "Which two?", [new("A", Long), new("B", "Two"), new("C", "Three"), new("D", "Four")],
        type == QuestionType.Multiple ? 2 : 1, "AIF-C01 D1", DateTimeOffset.UnixEpoch, "UTC", 3, null, null, closed);

    [Theory]
    [InlineData(QuestionType.Single)]
    [InlineData(QuestionType.Multiple)]
    public void Question_LongChoice_FullTextInTheMessage_LettersOnTheComponents(QuestionType type)
    {
        var sut = DiscordRenderer.Question(Round(type), AnswerCustomId.Daily);

        Assert.Contains($"**A.** {Long}", sut.Content, StringComparison.Ordinal);
        var labels = sut.Components!.SelectMany(r => r.Components!).SelectMany(c => c.Options?.Select(o => o.Label) ?? [c.Label!]).ToList();
        Assert.Equal(["A", "B", "C", "D"], labels);
        Assert.DoesNotContain("…", sut.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Closed_HasNoComponents_SaysClosedAndGivesTheAnswer()
    {
        var reveal = new RevealView(Round(QuestionType.Single, closed: true), ["B"], "B: Two", "Because.", [], [], 3, []);

        var sut = DiscordDailyRenderer.Closed(reveal);

        Assert.Empty(sut.Components!);
        Assert.Contains("Closed · 3 answers.", sut.Content, StringComparison.Ordinal);
        Assert.EndsWith("✅ **Answer:** B: Two", sut.Content, StringComparison.Ordinal);
        Assert.Contains($"**A.** {Long}", sut.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_StartsWithTheCommonActionsInSlashSyntax()
    {
        var help = new HelpView("How it works.", CommandCatalog.All, false, PlaceKind.Channel)
        {
            Actions = [CommandRef.Of(CommandNames.Quiz), CommandRef.Of(CommandNames.Daily)],
        };

        var sut = DiscordRenderer.Help(help);

        Assert.Contains("**Start with:** `/quiz` · `/daily`", sut, StringComparison.Ordinal);
        Assert.True(sut.IndexOf("Start with", StringComparison.Ordinal) < sut.IndexOf("`/quiz [exam]", StringComparison.Ordinal));
    }
}
