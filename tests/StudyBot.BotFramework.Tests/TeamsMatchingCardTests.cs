using System.Text.Json.Nodes;
using StudyBot.BotFramework.Cards;

namespace StudyBot.BotFramework.Tests;

/// <summary>Matching, the ordering builder and a refused submit shown again, as Adaptive Card JSON.</summary>
public sealed class TeamsMatchingCardTests
{
    private static RoundView Round(QuestionType type, bool closed = false) => new RoundView(
        42, RoundKind.Quiz, "q", type, 2, "Which?", [new("A", "One"), new("B", "Two"), new("C", "Three"), new("D", "Four")],
        type switch { QuestionType.Multiple => 2, QuestionType.Matching => 3, _ => 4 }, "AIF-C01 D3", DateTimeOffset.UnixEpoch, "UTC", 0, 1, 2, closed)
    {
        Items = type == QuestionType.Matching ? [new(1, "Turn speech into text"), new(2, "Turn text into speech"), new(3, "Read <forms>")] : [],
    };

    private static List<JsonObject> All(JsonNode node, string type) =>
        node switch
        {
            JsonObject o => [.. (string?)o["type"] == type ? [o] : Array.Empty<JsonObject>(), .. o.SelectMany(p => p.Value is null ? [] : All(p.Value, type))],
            JsonArray a => a.Where(c => c is not null).SelectMany(c => All(c!, type)).ToList(),
            _ => [],
        };

    private static string Texts(JsonNode card) => string.Join("\n", All(card, "TextBlock").Select(t => (string?)t["text"]));

    [Fact]
    public void Question_Matching_OneRequiredChoiceSetPerItemAndASubmit()
    {
        var sut = TeamsCards.Question(Round(QuestionType.Matching));

        var sets = All(sut, "Input.ChoiceSet");
        Assert.Equal(["item1", "item2", "item3"], sets.Select(s => (string?)s["id"]));
        Assert.Equal(["1. Turn speech into text", "2. Turn text into speech", "3. Read <forms>"], sets.Select(s => (string?)s["label"]));
        Assert.All(sets, s => Assert.True((bool)s["isRequired"]!));
        Assert.All(sets, s => Assert.False((bool)s["isMultiSelect"]!));
        Assert.Equal("Pick a match for item 2.", (string?)sets[1]["errorMessage"]);
        Assert.All(sets, s => Assert.Equal(["A", "B", "C", "D"], s["choices"]!.AsArray().Select(c => (string?)c!["value"])));
        Assert.Equal("A. One", (string?)sets[0]["choices"]![0]!["title"]);
        var submit = Assert.Single(All(sut, "Action.Execute"));
        Assert.Equal(("Submit", "answer", "42"), ((string?)submit["title"], (string?)submit["verb"], (string?)submit["data"]!["roundId"]));
        Assert.Equal("answer", (string?)submit["fallback"]!["data"]!["verb"]);
        Assert.Contains("Match each item to one choice.", Texts(sut), StringComparison.Ordinal);
    }

    [Fact]
    public void Question_MatchingClosed_ListsTheItemsWithNoInputs()
    {
        var sut = TeamsCards.Question(Round(QuestionType.Matching, closed: true));

        Assert.Empty(All(sut, "Input.ChoiceSet"));
        Assert.Empty(All(sut, "Action.Execute"));
        var facts = All(sut, "FactSet").SelectMany(f => f["facts"]!.AsArray()).Select(f => (string?)f!["value"]).ToList();
        Assert.Contains("Turn text into speech", facts);
        Assert.Contains("**D.** Four", Texts(sut), StringComparison.Ordinal);
    }

    [Fact]
    public void Reveal_Matching_ListsTheItemsAboveTheKey()
    {
        var round = Round(QuestionType.Matching, closed: true) with { Kind = RoundKind.Daily };
        var sut = TeamsCards.Reveal(new RevealView(round, ["B", "A", "C"], "1 → B: Two; 2 → A: One; 3 → C: Three", "Why.",
            [new("✓", "every item matched", 2, true), new("✗", "another matching", 1, false)], [], 3, []));

        var facts = All(sut, "FactSet").First()["facts"]!.AsArray().Select(f => ((string?)f!["title"], (string?)f["value"]));
        Assert.Equal([("1.", "Turn speech into text"), ("2.", "Turn text into speech"), ("3.", "Read &lt;forms&gt;")], facts);
    }

    [Fact]
    public void Building_Ordering_ShowsTheOrderSoFarAndOffersOnlyTheRest()
    {
        var round = Round(QuestionType.Ordering);
        var sut = AnswerCards.Building(round, AnswerDraft.Start(round).Place("C").Place("A"));

        var buttons = All(sut, "Action.Execute");
        Assert.Equal(["B", "D", "Undo last", "Start over", "Submit"], buttons.Select(b => (string?)b["title"]));
        Assert.Equal(["CAB", "CAD", "C", "", "CA"], buttons.Select(b => (string?)b["data"]!["order"]));
        Assert.Equal(["order", "order", "order", "order", "answer"], buttons.Select(b => (string?)b["verb"]));
        Assert.Contains("Your order so far: C → A. Pick the next step.", Texts(sut), StringComparison.Ordinal);
        var placed = All(sut, "FactSet").Last()["facts"]!.AsArray().Select(f => ((string?)f!["title"], (string?)f["value"]));
        Assert.Equal([("1.", "C · Three"), ("2.", "A · One")], placed);
        Assert.Empty(All(sut, "Input.ChoiceSet"));
    }

    [Fact]
    public void Retry_Matching_KeepsWhatWasPickedAndSaysWhatIsMissingAboveTheInputs()
    {
        var round = Round(QuestionType.Matching);
        var sut = AnswerCards.Retry(round, null, new Dictionary<string, string> { ["item1"] = "B", ["item2"] = "", ["item3"] = "D" }, "Pick a match for item 2: every item needs one.");

        var sets = All(sut, "Input.ChoiceSet");
        Assert.Equal(["B", null, "D"], sets.Select(s => (string?)s["value"]));
        var error = All(sut, "TextBlock").Single(t => ((string?)t["text"])!.StartsWith("⚠️", StringComparison.Ordinal));
        Assert.Equal("⚠️ Pick a match for item 2: every item needs one.", (string?)error["text"]);
        Assert.Equal("Attention", (string?)error["color"]);
        var json = sut.ToJsonString();
        Assert.True(json.IndexOf("⚠️", StringComparison.Ordinal) < json.IndexOf("\"item1\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Retry_Multiple_KeepsThePicksAndTheRequiredInputSaysWhatToDo()
    {
        var sut = AnswerCards.Retry(Round(QuestionType.Multiple), null, new Dictionary<string, string> { ["choice"] = "A" }, "Pick exactly 2 choices.");

        var set = Assert.Single(All(sut, "Input.ChoiceSet"));
        Assert.Equal("A", (string?)set["value"]);
        Assert.Equal("Choose 2 before you submit.", (string?)set["errorMessage"]);
        Assert.Contains("⚠️ Pick exactly 2 choices.", Texts(sut), StringComparison.Ordinal);
    }
}
