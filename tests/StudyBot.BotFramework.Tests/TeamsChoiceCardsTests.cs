using System.Text.Json.Nodes;
using StudyBot.BotFramework.Cards;

namespace StudyBot.BotFramework.Tests;

/// <summary>Issue 13 items 1 and 17: every choice shown once and in full; buttons carry letters, never a cut answer.</summary>
public sealed class TeamsChoiceCardsTests
{
    private static readonly string Long = "Use an Amazon SageMaker Serverless Inference endpoint that scales to zero between the sporadic requests, "
        + "because the traffic is unpredictable and idle capacity costs money while the latency target is still met.";

    private static RoundView Round(QuestionType type, RoundKind kind = RoundKind.Daily, bool closed = false) => new(
        7, kind, "q", type, 2, "Which option fits?",
        [new("A", Long), new("B", "Batch transform"), new("C", "A real-time endpoint on a GPU instance"), new("D", "Asynchronous inference")],
        type == QuestionType.Multiple ? 2 : 1, "AIF-C01 D3", DateTimeOffset.UnixEpoch.AddHours(8), "UTC", 0, null, null, closed);

    private static IEnumerable<JsonObject> Nodes(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Nodes(p.Value))),
        JsonArray a => a.SelectMany(Nodes),
        _ => [],
    };

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public void Question_Single_ShowsEveryChoiceInFullInTheBody_AndLetterButtons()
    {
        var sut = TeamsCards.Question(Round(QuestionType.Single));

        Assert.InRange(Long.Length, 180, 220);
        var texts = Nodes(sut).Where(n => (string?)n["type"] == "TextBlock").Select(n => (string)n["text"]!).ToList();
        Assert.Contains($"**A.** {Long}", texts);
        Assert.Contains("**C.** A real-time endpoint on a GPU instance", texts);
        var buttons = Nodes(sut["body"]).Where(n => (string?)n["type"] == "Action.Execute").ToList();
        Assert.Equal(["A", "B", "C", "D"], buttons.Select(b => (string)b["title"]!));
        Assert.Equal(["A", "B", "C", "D"], buttons.Select(b => (string)b["fallback"]!["title"]!));
        Assert.DoesNotContain("…", sut.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Question_Multiple_ListsEachChoiceOnce_AsWrappedCheckBoxes()
    {
        var sut = TeamsCards.Question(Round(QuestionType.Multiple));

        var json = sut.ToJsonString();
        Assert.Equal(1, Occurrences(json, "Batch transform"));
        Assert.Equal(1, Occurrences(json, "scales to zero between the sporadic requests"));
        var set = Assert.Single(Nodes(sut), n => (string?)n["type"] == "Input.ChoiceSet");
        Assert.True((bool)set["wrap"]!);
        Assert.True((bool)set["isMultiSelect"]!);
        Assert.Contains($"A. {Long}", set["choices"]!.AsArray().Select(c => (string)c!["title"]!));
        Assert.DoesNotContain(Nodes(sut), n => (string?)n["type"] == "FactSet");
    }

    [Fact]
    public void Closed_ShowsChoicesInFullAndTheAnswer_WithoutInputs()
    {
        var round = Round(QuestionType.Single, closed: true);
        var reveal = new RevealView(round, ["A"], $"A: {Long}", "It scales to zero.", [], [], 0, []);

        var sut = TeamsDailyCards.Closed(reveal, ["29:x"]);

        var body = Nodes(sut["body"]).ToList();
        Assert.DoesNotContain(body, n => ((string?)n["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true || (string?)n["type"] == "ActionSet");
        var texts = body.Where(n => (string?)n["type"] == "TextBlock").Select(n => (string)n["text"]!).ToList();
        Assert.Contains($"**A.** {Long}", texts);
        Assert.Contains($"Answer: A: {Long}", texts);
        Assert.Contains(texts, t => t.StartsWith("Closed", StringComparison.Ordinal));
        Assert.Equal("refresh", (string?)sut["refresh"]!["action"]!["verb"]);
    }

    [Fact]
    public void Shared_ListsAtMostSixtyUsersForTheAutomaticRefresh()
    {
        var users = Enumerable.Range(0, 75).Select(i => $"29:u{i}").ToList();

        var sut = TeamsDailyCards.Shared(Round(QuestionType.Single), users);

        var listed = sut["refresh"]!["userIds"]!.AsArray().Select(u => (string)u!).ToList();
        Assert.Equal(TeamsDailyCards.MaxRefreshUsers, listed.Count);
        Assert.Equal("7", (string?)sut["refresh"]!["action"]!["data"]!["roundId"]);
    }
}
