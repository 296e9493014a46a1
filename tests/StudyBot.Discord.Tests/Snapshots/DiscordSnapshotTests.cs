using System.Text.Json;
using System.Text.Json.Nodes;
using StudyBot.Discord.Handlers;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;
using StudyBot.Tests.Shared.Snapshots;

namespace StudyBot.Discord.Tests.Snapshots;

/// <summary>
/// What Discord members see, view by view, made by the engine from the snapshot scene and compared with golden JSON
/// (refresh: <c>STUDYBOT_UPDATE_SNAPSHOTS=1 dotnet test tests/StudyBot.Discord.Tests --filter FullyQualifiedName~Snapshots</c>).
/// Each test also asserts what must hold whatever the golden says.
/// </summary>
public sealed class DiscordSnapshotTests
{
    private const string EscapedPrompt = @"Which \`\_\_label\_\_\` does the \<channel\> tag get? \*Pick\* one, \~quickly\~ \> \# \[docs\](https://x.test)";

    private readonly SnapshotScene _scene = new(Platform.Discord);

    private static JsonNode Json(DiscordMessage message) => JsonSerializer.SerializeToNode(message, DiscordJson.Options)!;

    private static DiscordMessage Posted(string content) => new() { Content = content };

    private static IEnumerable<DiscordComponent> Inputs(DiscordMessage message) => (message.Components ?? []).SelectMany(r => r.Components ?? []);

    private async Task<(Round Round, RoundView Open)> DailyAsync(bool answered = true)
    {
        await _scene.SetUpAsync();
        var round = await _scene.OpenDailyAsync();
        if (answered)
        {
            await _scene.AnswerDailyAsync(round);
        }

        return (round, await _scene.PresentAsync(round));
    }

    [Fact]
    public async Task Single_DailyOpen_ShowsEveryChoiceInFullEscapedWithButtons()
    {
        var (_, open) = await DailyAsync();

        var sut = DiscordRenderer.Question(open, AnswerCustomId.Daily);

        SnapshotFile.Match("single-daily-open", Json(sut));
        Assert.Contains(EscapedPrompt, sut.Content);
        Assert.Contains("**B.** " + SnapshotScene.LongChoice, sut.Content);
        Assert.Contains(@"**D.** 1\. Not a list", sut.Content);
        Assert.Contains("AIF-C01 · Applications of foundation models", sut.Content);
        Assert.Contains("<t:", sut.Content);
        Assert.Equal(["A", "B", "C", "D"], Inputs(sut).Select(b => b.Label));
        Assert.Equal(AllowedMentions.None, sut.AllowedMentions);
    }

    [Fact]
    public async Task Single_DailyClosed_HasNoInputs()
    {
        var (round, _) = await DailyAsync();
        _scene.Time.Advance(TimeSpan.FromHours(9));

        var sut = DiscordRenderer.Question(await _scene.PresentAsync(round), AnswerCustomId.Daily);

        SnapshotFile.Match("single-daily-closed", Json(sut));
        Assert.Empty(Inputs(sut));
        Assert.Contains("Closed · 3 answers.", sut.Content);
    }

    [Fact]
    public async Task Multiple_Quiz_NamesBothExamsOnceAndDoesNotRepeatHowManyToChoose()
    {
        var start = await _scene.QuizAsync(1);

        var sut = DiscordRenderer.Result(start);

        SnapshotFile.Match("multiple-quiz", Json(sut));
        Assert.Contains("AIF-C01 · Fundamentals of AI and ML; MLA-C01 · ML model development", sut.Content);
        Assert.DoesNotContain("Choose 2.", sut.Content);
        Assert.DoesNotContain(" D1", sut.Content);
        var select = Assert.Single(Inputs(sut));
        Assert.Equal(2, select.MinValues);
        Assert.Equal(MessageFlags.Ephemeral, sut.Flags);
    }

    [Fact]
    public async Task Ordering_Quiz_OffersEveryStep()
    {
        var start = await _scene.QuizAsync(2);

        var sut = DiscordRenderer.Result(start);

        SnapshotFile.Match("ordering-quiz", Json(sut));
        // One button per step still to place, then undo last, start over and submit.
        Assert.Equal(3, Inputs(sut).Count(c => c.CustomId!.EndsWith(":o", StringComparison.Ordinal)));
        Assert.Equal([":u", ":r", ":s"], Inputs(sut).Select(c => c.CustomId![^2..]).Where(e => e != ":o"));
        Assert.Contains("Prepare the data", sut.Content);
    }

    [Fact]
    public async Task ResultRight_WithSummary_ShowsPointsInWords()
    {
        var start = await _scene.QuizAsync(3);

        var sut = DiscordRenderer.QuizStep(await _scene.AnswerQuizAsync(start.First, right: true));

        SnapshotFile.Match("result-right-summary", Json(sut));
        Assert.StartsWith("✅ Correct! +2 points.", sut.Content);
        Assert.Contains(@"The \*\*label\*\* is written as \`\_\_label\_\_\`; \<channel\> stays as typed.", sut.Content);
        Assert.Contains("1/1 correct, 2/2 points", sut.Content);

        // After a right answer the buttons are how it felt (Hard, Good, Easy), then "Report a problem" for that question.
        Assert.Equal(["r:5:H", "r:5:G", "r:5:E", "p:5:"], Inputs(sut).Select(c => c.CustomId));
    }

    [Fact]
    public async Task ResultWrong_WithSummary_SaysThePickAndTheKeyThenTheExplanationInNormalWeight()
    {
        var start = await _scene.QuizAsync(1);

        var sut = DiscordRenderer.QuizStep(await _scene.AnswerQuizAsync(start.First, right: false));

        SnapshotFile.Match("result-wrong-summary", Json(sut));
        var lines = sut.Content!.Split('\n');
        Assert.Matches(@"^❌ \*\*Not quite\.\*\* You chose [A-D], [A-D] · the answer is [A-D]: [\w ]+; [A-D]: [\w ]+\.$", lines[0]);
        Assert.Equal("Spam detection and price prediction learn from labelled examples; segmentation and topic discovery need no labels.", lines[1]);
        Assert.Contains("Answer: **Spam detection; House price prediction**", sut.Content);
        Assert.Equal(1, sut.Content.Split("learn from labelled examples;").Length - 1);
    }

    [Fact]
    public async Task Reveal_NamesTheRightButNeverTheHiddenMember()
    {
        var (round, _) = await DailyAsync();
        _scene.Time.Advance(TimeSpan.FromHours(9));

        var sut = DiscordRenderer.Reveal(await _scene.RevealAsync(round));

        SnapshotFile.Match("reveal", Json(Posted(sut)));
        Assert.DoesNotContain(SnapshotScene.HiddenName, sut);
        Assert.DoesNotContain("Harriet", sut);
        Assert.Contains("Right: Ann", sut);
        Assert.Contains(EscapedPrompt, sut);
        Assert.Contains("✅ **B: " + SnapshotScene.LongChoice + "**", sut);
        Assert.Contains("B ✓ 2 votes", sut);
        Assert.Contains("A 1 vote", sut);
        Assert.Contains("3 answers.", sut);
        Assert.Contains(@"\_\_Bo\_\_ \*the\* \~great\~", sut);
    }

    [Fact]
    public async Task Board_AskedByTheHiddenMember_ListsEveryoneElseWhoAnsweredInRankOrder()
    {
        await DailyAsync();

        var result = await _scene.RunAsync(_scene.Hidden, "leaderboard");
        var sut = DiscordRenderer.Result(result);

        SnapshotFile.Match("board", Json(sut));
        Assert.DoesNotContain("Harriet", sut.Content);
        Assert.StartsWith($"**Leaderboard — this week, <#{_scene.ChannelId}>**", sut.Content);
        Assert.Contains(@"1\. Ann — 2 points", sut.Content);
        Assert.Contains(@"2\. \_\_Bo\_\_ \*the\* \~great\~ — 0 points", sut.Content);
        Assert.EndsWith("2 participants.", sut.Content);
        Assert.DoesNotContain("No points yet", sut.Content);
        Assert.Null(sut.Flags);
        Assert.Equal(AllowedMentions.None, sut.AllowedMentions);
    }

    [Fact]
    public async Task Stats_OnlyTheMember_NoWeakestWithoutAGap_StreaksExplained()
    {
        await DailyAsync();

        var sut = DiscordRenderer.Result(await _scene.RunAsync(_scene.Ann, "stats"));

        SnapshotFile.Match("stats", Json(sut));
        Assert.Equal(MessageFlags.Ephemeral, sut.Flags);
        Assert.Contains("1 answered, 1 correct (100%), 2 points", sut.Content);
        Assert.DoesNotContain("Weakest", sut.Content);
        Assert.DoesNotContain(" %", sut.Content);
        Assert.Contains("question of the day", sut.Content);
    }

    [Fact]
    public async Task Stats_OfTheHiddenMember_AreRefusedWithoutTheirName()
    {
        await DailyAsync();

        var sut = DiscordRenderer.Result(await _scene.RunAsync(_scene.Ann, "stats @hidden"));

        SnapshotFile.Match("stats-hidden-other", Json(sut));
        Assert.Equal(MessageFlags.Ephemeral, sut.Flags);
        Assert.DoesNotContain("Harriet", sut.Content);
        Assert.Contains("private", sut.Content);
    }

    [Fact]
    public async Task Setup_ConfirmationInWords_AndTheFormResult()
    {
        var confirmation = DiscordRenderer.Result(await _scene.SetUpAsync());
        var status = DiscordRenderer.Result(await _scene.RunAsync(_scene.Admin, "setup"));

        SnapshotFile.Match("setup", new JsonArray(Json(confirmation), Json(status)));
        Assert.Equal("Weekdays at 09:00 Europe/Berlin, all exams, answer revealed after 8 hours.", confirmation.Content);
        Assert.Equal(MessageFlags.Ephemeral, confirmation.Flags);
    }

    [Fact]
    public async Task Help_UsesSlashCommandsOnly()
    {
        await _scene.SetUpAsync();

        var sut = DiscordRenderer.Result(await _scene.RunAsync(_scene.Admin, "help"));

        SnapshotFile.Match("help", Json(sut));
        Assert.Contains("`/quiz [exam] [domain] [count]`", sut.Content);
        // Every command is listed, whole: the admin's help is not cut at Discord's 2000 characters.
        Assert.DoesNotContain("…", sut.Content);
        Assert.All(CommandCatalog.All, c => Assert.Contains($"`/{c.Name}", sut.Content));
        Assert.Contains("`/flags resolve id: [answer] [note]`", sut.Content);
        Assert.DoesNotContain("`quiz ", sut.Content);
        Assert.Equal(MessageFlags.Ephemeral, sut.Flags);
    }

    [Fact]
    public async Task Digest_NeverNamesTheHiddenMember()
    {
        await DailyAsync();

        var sut = DiscordRenderer.Digest(await _scene.DigestAsync());

        SnapshotFile.Match("digest", Json(Posted(sut)));
        Assert.DoesNotContain("Harriet", sut);
        Assert.Contains("3 people answered 3 times over 1 question.", sut);
    }

    [Fact]
    public async Task UnknownExam_ListsTheValidCodes()
    {
        var sut = DiscordRenderer.Result(await _scene.RunAsync(_scene.Ann, "quiz AWS-ML"));

        SnapshotFile.Match("quiz-unknown-exam", Json(sut));
        Assert.Contains("'AWS-ML' is not an exam I know; use AIF-C01, MLA-C01", sut.Content);
    }
}
