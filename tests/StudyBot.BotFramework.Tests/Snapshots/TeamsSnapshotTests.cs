using System.Text.Json.Nodes;
using StudyBot.BotFramework.Cards;
using StudyBot.BotFramework.Handlers;
using StudyBot.Tests.Shared.Snapshots;

namespace StudyBot.BotFramework.Tests.Snapshots;

/// <summary>
/// What Teams members see, view by view, made by the engine from the snapshot scene and compared with golden Adaptive
/// Card JSON (refresh: <c>STUDYBOT_UPDATE_SNAPSHOTS=1 dotnet test tests/StudyBot.BotFramework.Tests --filter FullyQualifiedName~Snapshots</c>).
/// Each test also asserts what must hold whatever the golden says.
/// </summary>
public sealed class TeamsSnapshotTests
{
    private const string EscapedPrompt = @"Which \`\_\_label\_\_\` does the &lt;channel&gt; tag get? \*Pick\* one, \~quickly\~ &gt; \# \[docs\](https://x.test)";

    private readonly SnapshotScene _scene = new(Platform.Teams);

    private static JsonNode Rendered(CommandResult result)
    {
        var (card, text) = TeamsResults.Render(result);
        return new JsonObject { ["audience"] = result.Audience.ToString(), ["card"] = card, ["text"] = text };
    }

    /// <summary>Every string a card shows (text blocks, facts, choices, action titles), in order.</summary>
    private static List<string> Shown(JsonNode? node)
    {
        var shown = new List<string>();
        void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        if (key is "text" or "title" or "value" or "label" && value is JsonValue v && v.TryGetValue<string>(out var s))
                        {
                            shown.Add(s);
                        }
                        else
                        {
                            Walk(value);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        Walk(node);
        return shown;
    }

    private static IEnumerable<JsonObject> Elements(JsonNode card) =>
        card["body"]!.AsArray().OfType<JsonObject>();

    private static bool HasInputs(JsonNode card) => card.ToJsonString().Contains("\"Input.", StringComparison.Ordinal)
        || card.ToJsonString().Contains("\"Action.Execute\"", StringComparison.Ordinal)
        || Elements(card).Any(e => (string?)e["type"] == "ActionSet");

    private async Task<(Round Round, RoundView Open)> DailyAsync()
    {
        await _scene.SetUpAsync();
        var round = await _scene.OpenDailyAsync();
        await _scene.AnswerDailyAsync(round);
        return (round, await _scene.PresentAsync(round));
    }

    [Fact]
    public async Task Single_DailyOpen_EscapesTheTextAndNamesTheZone()
    {
        var (_, open) = await DailyAsync();

        var sut = TeamsCards.Question(open);

        SnapshotFile.Match("single-daily-open", sut);
        var shown = Shown(sut);
        Assert.Contains(EscapedPrompt, shown);
        Assert.Contains("Daily question · AIF-C01 · Applications of foundation models", shown);
        Assert.Contains(shown, s => s.Contains("answer revealed at 17:00 Europe/Berlin", StringComparison.Ordinal));
        Assert.True(HasInputs(sut));
    }

    [Fact]
    public async Task Single_DailyOpen_ShowsTheFullChoiceText()
    {
        var (_, open) = await DailyAsync();

        Assert.Contains(Shown(TeamsCards.Question(open)), s => s.Contains(SnapshotScene.LongChoice, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Single_DailyClosed_HasNoInputs()
    {
        var (round, _) = await DailyAsync();
        _scene.Time.Advance(TimeSpan.FromHours(9));

        var sut = TeamsCards.Question(await _scene.PresentAsync(round));

        SnapshotFile.Match("single-daily-closed", sut);
        Assert.False(HasInputs(sut));
        Assert.Contains("Closed · 3 answers", Shown(sut));
        Assert.Contains(Shown(sut), s => s.Contains(SnapshotScene.LongChoice, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Multiple_Quiz_NamesBothExamsOnceAndDoesNotRepeatHowManyToChoose()
    {
        var sut = Rendered(await _scene.QuizAsync(1));

        SnapshotFile.Match("multiple-quiz", sut);
        var shown = Shown(sut["card"]);
        Assert.Contains("Question 1 of 1 · AIF-C01 · Fundamentals of AI and ML; MLA-C01 · ML model development", shown);
        Assert.DoesNotContain("Choose 2.", shown);
        Assert.Equal("Private", (string?)sut["audience"]);
    }

    [Fact]
    public async Task Ordering_Quiz_OffersEveryStep()
    {
        var sut = Rendered(await _scene.QuizAsync(2));

        SnapshotFile.Match("ordering-quiz", sut);
        Assert.Contains(Shown(sut["card"]), s => s.Contains("Prepare the data", StringComparison.Ordinal));
        Assert.True(HasInputs(sut["card"]!));
    }

    [Fact]
    public async Task ResultRight_WithSummary()
    {
        var start = await _scene.QuizAsync(3);
        var step = await _scene.AnswerQuizAsync(start.First, right: true);

        var sut = TeamsCards.Result(step.Result, step.Next, step.Summary);

        SnapshotFile.Match("result-right-summary", sut);
        var shown = Shown(sut);
        Assert.Equal("✅ Correct! +2 points.", shown[0]);
        Assert.Contains(@"The \*\*label\*\* is written as \`\_\_label\_\_\`; &lt;channel&gt; stays as typed.", shown);
        Assert.Contains("Quiz done: 1/1 correct, 2/2 points in 0 s.", shown);
    }

    [Fact]
    public async Task ResultWrong_WithSummary_ShortRedVerdictThenNormalText_ExplainedOnce()
    {
        var start = await _scene.QuizAsync(1);
        var step = await _scene.AnswerQuizAsync(start.First, right: false);

        var sut = TeamsCards.Result(step.Result, step.Next, step.Summary);

        SnapshotFile.Match("result-wrong-summary", sut);
        var blocks = Elements(sut).Where(e => (string?)e["type"] == "TextBlock").ToList();
        Assert.Equal("❌ Not quite", (string?)blocks[0]["text"]);
        Assert.Equal("Attention", (string?)blocks[0]["color"]);
        Assert.Matches(@"^You chose [A-D], [A-D] · the answer is [A-D]: [\w ]+; [A-D]: [\w ]+\.$", (string?)blocks[1]["text"]);
        Assert.Null(blocks[1]["weight"]);
        Assert.Null(blocks[1]["color"]);
        Assert.All(blocks.Where(b => ((string?)b["text"])!.StartsWith("Spam detection and", StringComparison.Ordinal)), b => Assert.Null(b["isSubtle"]));
        Assert.Single(blocks, b => ((string?)b["text"])!.Contains("learn from labelled examples;", StringComparison.Ordinal));
        Assert.Contains("Answer: **Spam detection; House price prediction**", Shown(sut));
        Assert.Contains("Which two tasks learn from labelled examples? (Choose two.)", Shown(sut));
    }

    [Fact]
    public async Task Reveal_NamesTheRightButNeverTheHiddenMember_ExplanationAtNormalContrast()
    {
        var (round, _) = await DailyAsync();
        _scene.Time.Advance(TimeSpan.FromHours(9));

        var sut = TeamsCards.Reveal(await _scene.RevealAsync(round));

        SnapshotFile.Match("reveal", sut);
        var json = sut.ToJsonString();
        Assert.DoesNotContain("Harriet", json);
        var shown = Shown(sut);
        Assert.Contains("Answer · AIF-C01 · Applications of foundation models", shown);
        Assert.Contains("Got it right: Ann", shown);
        Assert.Contains(EscapedPrompt, shown);
        Assert.Contains(@"#2 \_\_Bo\_\_ \*the\* \~great\~", shown);
        Assert.Contains("2 votes · " + SnapshotScene.LongChoice, shown);
        var explanation = Elements(sut).Single(e => ((string?)e["text"])?.StartsWith(@"The \*\*label", StringComparison.Ordinal) == true);
        Assert.Null(explanation["isSubtle"]);
    }

    [Fact]
    public async Task Board_AskedByTheHiddenMember_ListsEveryoneElseWhoAnsweredInRankOrder()
    {
        await DailyAsync();

        var sut = Rendered(await _scene.RunAsync(_scene.Hidden, "leaderboard"));

        SnapshotFile.Match("board", sut);
        Assert.DoesNotContain("Harriet", sut.ToJsonString());
        var shown = Shown(sut["card"]);
        var ranks = shown.Where(s => s.StartsWith('#')).ToList();
        Assert.Equal(["#1 Ann", @"#2 \_\_Bo\_\_ \*the\* \~great\~"], ranks);
        Assert.Contains("0 points · 0% of 1", shown);
        Assert.Contains("2 taking part.", shown);
        Assert.DoesNotContain(shown, s => s.Contains("No points yet", StringComparison.Ordinal));
        Assert.Equal("Place", (string?)sut["audience"]);
    }

    [Fact]
    public async Task Stats_PrivateNoWeakestWithoutAGap_StreaksExplained()
    {
        await DailyAsync();

        var sut = Rendered(await _scene.RunAsync(_scene.Ann, "stats"));

        SnapshotFile.Match("stats", sut);
        Assert.Equal("Private", (string?)sut["audience"]);
        var shown = Shown(sut["card"]);
        Assert.Contains("100%", shown);
        Assert.DoesNotContain(shown, s => s.Contains("Weakest", StringComparison.Ordinal) || s.Contains(" %", StringComparison.Ordinal));
        Assert.Contains(shown, s => s.Contains("question of the day", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stats_OfTheHiddenMember_AreRefusedWithoutTheirName()
    {
        await DailyAsync();

        var sut = Rendered(await _scene.RunAsync(_scene.Ann, "stats @hidden"));

        SnapshotFile.Match("stats-hidden-other", sut);
        Assert.DoesNotContain("Harriet", sut.ToJsonString());
        Assert.Equal("That member keeps their stats private.", (string?)sut["text"]);
    }

    [Fact]
    public async Task Setup_ConfirmationInWords_AndTheForm()
    {
        var confirmation = Rendered(await _scene.SetUpAsync());
        var form = Rendered(await _scene.RunAsync(_scene.Admin, "setup"));

        SnapshotFile.Match("setup", new JsonArray(confirmation, form));
        Assert.Equal("Weekdays at 09:00 Europe/Berlin, all exams, answer revealed after 8 hours.", (string?)confirmation["text"]);
        Assert.DoesNotContain("reveal_after_minutes", form.ToJsonString());
    }

    [Fact]
    public void SetupForm_OutOfRangeDelay_IsRefusedInTeamsWords()
    {
        var parsed = CommandParser.Bind(CommandNames.Setup, CommandNames.SetupDaily,
        [
            KeyValuePair.Create(CommandNames.Time, new RawValue(RawKind.String, "09:00")),
            KeyValuePair.Create(CommandNames.TimeZone, new RawValue(RawKind.String, "Europe/Berlin")),
            KeyValuePair.Create(CommandNames.RevealAfter, new RawValue(RawKind.String, "2000")),
        ]);

        var sut = TeamsResults.NoticeText(parsed.Error!);

        Assert.Equal("reveal delay 2000 is out of range; use 5 to 1380.", sut);
    }

    [Fact]
    public async Task Welcome_And_Help_UseTeamsWording()
    {
        await _scene.SetUpAsync();
        var welcome = TeamsCards.Welcome(new Installation(await _scene.ChannelAsync(), FirstTime: true).Welcome);
        var help = Rendered(await _scene.RunAsync(_scene.Admin, "help"));

        SnapshotFile.Match("welcome-help", new JsonArray(welcome, help));
        var text = help.ToJsonString();
        Assert.Contains("quiz [exam] [domain] [count]", text);
        Assert.DoesNotContain("/quiz", text);
        Assert.DoesNotContain("reveal_after_minutes", text);
        Assert.DoesNotContain("/setup", welcome.ToJsonString());
    }

    [Fact]
    public async Task Digest_NeverNamesTheHiddenMember()
    {
        await DailyAsync();

        var sut = TeamsCards.Digest(await _scene.DigestAsync());

        SnapshotFile.Match("digest", sut);
        Assert.DoesNotContain("Harriet", sut.ToJsonString());
        Assert.Contains("3 people answered 3 times over 1 question.", Shown(sut));
    }

    [Fact]
    public async Task Hello_GetsAGreetingNotTheWholeHelp_UnknownExamListsTheCodes()
    {
        var hello = Rendered(await _scene.RunAsync(_scene.Ann, "hello"));
        var exam = Rendered(await _scene.RunAsync(_scene.Ann, "quiz AWS-ML"));

        SnapshotFile.Match("hello-unknown-exam", new JsonArray(hello, exam));
        Assert.StartsWith("Hi! I'm StudyBot", (string?)hello["text"]);
        Assert.True(((string?)hello["text"])!.Length < 200);
        Assert.Contains("'AWS-ML' is not an exam I know; use AIF-C01, MLA-C01", (string?)exam["text"]);
    }
}
