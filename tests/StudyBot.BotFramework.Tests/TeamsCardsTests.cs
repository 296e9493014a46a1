using StudyBot.Tests.Shared;
using System.Text.Json.Nodes;
using StudyBot.BotFramework.Cards;

namespace StudyBot.BotFramework.Tests;

public sealed class TeamsCardsTests
{
    private static RoundView Round(QuestionType type, RoundKind kind = RoundKind.Quiz, bool closed = false) => new(
        42, kind, "q", type, 2, "Which?", [new("A", "One"), new("B", "Two"), new("C", "Three")], type == QuestionType.Multiple ? 2 : 1,
        "AIF-C01 D1", DateTimeOffset.UnixEpoch, "Europe/Berlin", 3, kind == RoundKind.Quiz ? 1 : null, kind == RoundKind.Quiz ? 5 : null, closed);

    private static IEnumerable<JsonObject> All(JsonNode node, string type)
    {
        if (node is JsonObject o)
        {
            if ((string?)o["type"] == type)
            {
                yield return o;
            }

            foreach (var (_, child) in o)
            {
                foreach (var found in child is null ? [] : All(child, type))
                {
                    yield return found;
                }
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var found in a.Where(c => c is not null).SelectMany(c => All(c!, type)))
            {
                yield return found;
            }
        }
    }

    private static string Texts(JsonNode card) => string.Join("\n", All(card, "TextBlock").Select(t => (string?)t["text"]));

    [Fact]
    public void ReviewStarted_ShowsWhatIsDue_AboveTheQuestion_Escaped()
    {
        var (card, text) = StudyBot.BotFramework.Handlers.TeamsResults.Render(
            new QuizStartedResult(7, Round(QuestionType.Single), Text.Of("12 reviews due today, 3 overdue; here are 10 of them. *Weakest* first.")));

        Assert.Null(text);
        var texts = Texts(card!);
        Assert.Contains("12 reviews due today, 3 overdue; here are 10 of them. \\*Weakest\\* first.", texts, StringComparison.Ordinal);
        Assert.True(texts.IndexOf("12 reviews due", StringComparison.Ordinal) < texts.IndexOf("Which?", StringComparison.Ordinal));
    }

    [Fact]
    public void Question_Single_OneExecuteButtonPerChoiceWithSubmitFallback()
    {
        var sut = TeamsCards.Question(Round(QuestionType.Single));

        var buttons = All(sut, "Action.Execute").ToList();
        Assert.Equal("1.5", (string?)sut["version"]);
        Assert.Equal(3, buttons.Count);
        Assert.All(buttons, b => Assert.Equal("Action.Submit", (string?)b["fallback"]!["type"]));
        Assert.Equal(["A", "B", "C"], buttons.Select(b => (string?)b["data"]!["choice"]));
        Assert.All(buttons, b => Assert.Equal("42", (string?)b["fallback"]!["data"]!["roundId"]));
        Assert.All(buttons, b => Assert.Equal("answer", (string?)b["fallback"]!["data"]!["verb"]));
    }

    [Fact]
    public void Question_Multiple_IsOneMultiSelectChoiceSet()
    {
        var sut = TeamsCards.Question(Round(QuestionType.Multiple));

        var set = Assert.Single(All(sut, "Input.ChoiceSet"));
        Assert.True((bool)set["isMultiSelect"]!);
        Assert.Equal("choice", (string?)set["id"]);
        Assert.Single(All(sut, "Action.Execute"));
    }

    [Fact]
    public void Question_Ordering_OffersEveryChoiceAsTheFirstStep_NoDropdowns()
    {
        var sut = TeamsCards.Question(Round(QuestionType.Ordering));

        Assert.Empty(All(sut, "Input.ChoiceSet"));
        var buttons = All(sut, "Action.Execute").ToList();
        Assert.Equal(["A", "B", "C", "Submit"], buttons.Select(b => (string?)b["title"]));
        Assert.Equal(["A", "B", "C", ""], buttons.Select(b => (string?)b["data"]!["order"]));
        Assert.Equal(["order", "order", "order", "answer"], buttons.Select(b => (string?)b["verb"]));
        Assert.Contains("Build the order: pick the first step.", Texts(sut), StringComparison.Ordinal);
    }

    [Fact]
    public void Question_DailyClosed_ShowsCountAndNoButtons()
    {
        var sut = TeamsCards.Question(Round(QuestionType.Single, RoundKind.Daily, closed: true));

        Assert.Empty(All(sut, "Action.Execute"));
        Assert.Contains("Closed · 3 answers", Texts(sut), StringComparison.Ordinal);
        Assert.DoesNotContain("so far", Texts(sut), StringComparison.Ordinal);
    }

    [Fact]
    public void Question_DailyOpen_ShowsCountAndTheRevealTimeWithItsZone()
    {
        var sut = TeamsCards.Question(Round(QuestionType.Single, RoundKind.Daily));

        // 1970-01-01T00:00Z is 01:00 in Berlin.
        Assert.Contains("3 answers so far · answer revealed at 01:00 Europe/Berlin", Texts(sut), StringComparison.Ordinal);
        Assert.Equal(3, All(sut, "Action.Execute").Count());
    }

    [Fact]
    public void Setup_HasTimeZoneDaysExamInputs()
    {
        var sut = TeamsCards.Setup(new Channel { ExternalId = "19:x", TimeZone = "Europe/Berlin", PostMinuteOfDay = 570 }, TestBank.Exams);

        var time = All(sut, "Input.Time").First();
        Assert.Equal("09:30", (string?)time["value"]);
        Assert.Contains(All(sut, "Input.ChoiceSet"), i => (string?)i["id"] == "zone" && (string?)i["value"] == "Europe/Berlin");
        Assert.Equal(["zone", "days", "exam", "reveal"], All(sut, "Input.ChoiceSet").Select(s => (string?)s["id"]));
    }

    [Fact]
    public void Digest_WithChart_EmbedsPngAsDataUri()
    {
        var board = new LeaderboardView("Leaderboard", "this week", "#general", [new(1, 7, "Ann", 30, 4, 3, 0.75, 2)], null, 1);

        var sut = TeamsCards.Digest(new DigestView(board, 1, 4, 2, [], null, null, null, [0x89, 0x50, 0x4E, 0x47]));

        var image = Assert.Single(All(sut, "Image"));
        Assert.Equal("data:image/png;base64,iVBORw==", (string?)image["url"]);
        Assert.Contains("Ann", sut.ToJsonString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, int> EveryExamDomain()
    {
        var data = new TheoryData<string, int>();
        foreach (var exam in StudyBot.Tests.Shared.TestBank.Exams.All)
        {
            foreach (var domain in exam.Domains)
            {
                data.Add(exam.Code, domain.Number);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryExamDomain))]
    public void Digest_SuggestedQuiz_IsTheTeamsTextCommandThatReadsBackToTheSameExamAndDomain(string exam, int domain)
    {
        // The engine's hint is a command reference; Teams used to show Discord's "/quiz exam:AIF-C01 domain:2".
        var board = new LeaderboardView("Leaderboard", "this week", "#general", [], null, 0);
        var weakest = new DomainStatView(domain, "Weak", 20, 4, 1, 0.25);
        var suggested = CommandRef.Of(CommandNames.Quiz, (CommandNames.Exam, exam), (CommandNames.Domain, domain.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var sut = TeamsCards.Digest(new DigestView(board, 1, 4, 2, [weakest], exam, weakest, suggested, null));

        var hint = Assert.Single(All(sut, "TextBlock").Select(t => (string?)t["text"]), t => t!.StartsWith("Practise it:", StringComparison.Ordinal))!;
        var typed = System.Text.RegularExpressions.Regex.Match(hint, "`([^`]+)`").Groups[1].Value;
        Assert.Equal($"quiz {exam} {domain}", typed);
        var parsed = CommandParser.ParseText(typed);
        Assert.Null(parsed.Error);
        Assert.Equal(CommandNames.Quiz, parsed.Invocation!.Name);
        Assert.Equal(exam, parsed.Invocation.Exam());
        Assert.Equal(domain, parsed.Invocation.Integer(CommandNames.Domain));
    }

    [Fact]
    public void Stats_Hidden_SaysTheTeamsCommandThatShowsThemAgain()
    {
        var sut = TeamsCards.Stats(new StatsView(7, "Ann", 0, 0, 0, 0, 0, 0, true, []));

        var facts = All(sut, "FactSet").SelectMany(f => f["facts"]!.AsArray()).ToList();
        var onBoards = (string?)facts.Single(f => (string?)f!["title"] == "On boards")!["value"];
        var typed = System.Text.RegularExpressions.Regex.Match(onBoards!, "`([^`]+)`").Groups[1].Value;
        Assert.Equal("stats show", typed);
        Assert.Equal("show", CommandParser.ParseText(typed).Invocation!.String(CommandNames.Privacy));
    }

    [Fact]
    public void Notice_AdminsOnly_NamesTheTeamsAdminsAndTheCommandThatAddsOne()
    {
        var sut = Texts(TeamsCards.Notice(ChannelSetupService.AdminsOnly));

        Assert.Equal("Only admins can change the daily question. In Teams those are the member who installed StudyBot and the admins they added with `setup admins add` @member.", sut);
        Assert.Equal("add", CommandParser.ParseText("setup admins add", [new MemberMention("29:bob", "Bob")]).Invocation!.String(CommandNames.Action));
    }

    [Fact]
    public void Notice_EscapesMarkdownAndAngleBrackets_ButNotTheCommand()
    {
        var notice = Notice.Invalid("I don't understand '<b>*x*</b>'; try ", CommandRef.Of(CommandNames.Quiz, (CommandNames.Exam, "AIF-C01"), (CommandNames.Count, "5")), ".");

        var sut = Texts(TeamsCards.Notice(notice));

        Assert.Equal("I don't understand '&lt;b&gt;\\*x\\*&lt;/b&gt;'; try `quiz exam:AIF-C01 count:5`.", sut);
    }

    [Fact]
    public void Result_Wrong_ShowsExplanationAndNextQuestion()
    {
        var result = new AnswerResultView(AnswerOutcome.Recorded, "Not quite — the answer is B.", 41, ["A"], true, false, 0, ["B"], "B. Two", "Because.");

        var sut = string.Join("\n", All(TeamsCards.Result(result, Round(QuestionType.Single) with { QuizPosition = 2 }, null), "TextBlock").Select(t => (string?)t["text"]));

        Assert.Contains("❌ Not quite", sut, StringComparison.Ordinal);
        Assert.Contains("Because.", sut, StringComparison.Ordinal);
        Assert.Contains("Question 2 of 5", sut, StringComparison.Ordinal);
    }
}
