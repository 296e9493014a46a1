using System.Globalization;
using System.Text.Json.Nodes;
using StudyBot.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.BotFramework.Tests;

/// <summary>Matching and the ordering builder through the endpoint: Action.Execute answered in the invoke response.</summary>
public sealed partial class EndToEndTests
{
    private static readonly QuestionBank MatchingBank = TestBank.Load(TestBank.Yaml + "\n" + TestBank.Matching);

    private async Task<JsonNode> ExecuteAsync(BotHost bot, string verb, JsonObject data, string conversationId = Conversation, string conversationType = "personal")
    {
        var invoke = Activity("invoke", "i-" + Guid.NewGuid().ToString("N"), conversationId, conversationType);
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        var response = await bot.PostAsync(invoke.ToJsonString());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Every string in a card, unescaped, one per line.</summary>
    private static string Strings(JsonNode? node) => node switch
    {
        JsonObject o => string.Join("\n", o.Select(p => Strings(p.Value))),
        JsonArray a => string.Join("\n", a.Select(Strings)),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => string.Empty,
    };

    private static string Label(Round round, char key) => ((char)('A' + round.ChoiceOrder.IndexOf(key, StringComparison.Ordinal))).ToString();

    [Fact]
    public async Task Quiz_Matching_RefusedSubmitsComeBackFilledInWithTheReason_WriteNothing_ThenGradeOnce()
    {
        await using var bot = await BotHost.StartAsync(stores, configure: s => s.AddSingleton(MatchingBank));
        await bot.PostAsync(Personal("m1", text: "quiz AIF-C01 3 1"));
        var question = await connector.WaitForAsync(r => r.Shown.Contains("Question 1 of 1", StringComparison.Ordinal));
        var round = stores.Rounds.Rounds.Single();
        var id = round.Id.ToString(CultureInfo.InvariantCulture);
        var (one, two, three) = (Label(round, 'B'), Label(round, 'A'), Label(round, 'C'));

        var empty = await ExecuteAsync(bot, "answer", new JsonObject { ["roundId"] = id });
        var missing = await ExecuteAsync(bot, "answer", new JsonObject { ["roundId"] = id, ["item1"] = one, ["item2"] = "", ["item3"] = three });
        var twice = await ExecuteAsync(bot, "answer", new JsonObject { ["roundId"] = id, ["item1"] = one, ["item2"] = one, ["item3"] = three });
        var unknown = await ExecuteAsync(bot, "answer", new JsonObject { ["roundId"] = id, ["item1"] = one, ["item2"] = "F", ["item3"] = three });
        var rowsBefore = stores.Answers.Answers.Count;
        var right = await ExecuteAsync(bot, "answer", new JsonObject { ["roundId"] = id, ["item1"] = one, ["item2"] = two, ["item3"] = three });
        var again = await ExecuteAsync(bot, "answer", new JsonObject { ["roundId"] = id, ["item1"] = one, ["item2"] = two, ["item3"] = three });

        Assert.Contains("\"id\":\"item3\"", question.Body, StringComparison.Ordinal);
        Assert.Contains("Match each item to a choice first.", empty["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)missing["type"]);
        var missingCard = missing["value"]!.ToJsonString();
        Assert.Contains("Pick a match for item 2: every item needs one.", missingCard, StringComparison.Ordinal);
        Assert.Contains($"\"id\":\"item1\",\"style\":\"compact\",\"isMultiSelect\":false,\"isRequired\":true", missingCard, StringComparison.Ordinal);
        Assert.Contains($"\"value\":\"{one}\"", missingCard, StringComparison.Ordinal);
        Assert.Contains($"{one} is matched to items 1 and 2", twice["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("F is not one of the choices (A, B, C, D)", unknown["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(0, rowsBefore);
        Assert.Contains("Correct!", right["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("already answered", again["value"]!.ToJsonString(), StringComparison.Ordinal);
        var answer = Assert.Single(stores.Answers.Answers);
        Assert.Equal(["B", "A", "C"], answer.Keys);
    }

    [Fact]
    public async Task Quiz_OrderingBuilder_StepsUndoAndStartOverStoreNothing_SubmitGrades()
    {
        await using var bot = await BotHost.StartAsync(stores);
        await bot.PostAsync(Personal("m1", text: "quiz MLA-C01 1 1"));
        await connector.WaitForAsync(r => r.Shown.Contains("Question 1 of 1", StringComparison.Ordinal));
        var round = stores.Rounds.Rounds.Single();
        var id = round.Id.ToString(CultureInfo.InvariantCulture);
        string L(string keys) => string.Concat(keys.Select(k => Label(round, k)));
        JsonObject Data(string order) => new() { ["roundId"] = id, ["order"] = order };

        var placed = await ExecuteAsync(bot, "order", Data(L("CA")));
        var undone = await ExecuteAsync(bot, "order", Data(L("C")));
        var restarted = await ExecuteAsync(bot, "order", Data(""));
        var tampered = await ExecuteAsync(bot, "order", Data(L("CC")));
        var early = await ExecuteAsync(bot, "answer", Data(L("CA")));
        var rowsBefore = stores.Answers.Answers.Count;
        var submitted = await ExecuteAsync(bot, "answer", Data(L("CAB")));

        Assert.Contains($"Your order so far: {L("C")} → {L("A")}.", Strings(placed["value"]), StringComparison.Ordinal);
        Assert.Contains($"Your order so far: {L("C")}.", Strings(undone["value"]), StringComparison.Ordinal);
        Assert.Contains("Build the order: pick the first step.", Strings(restarted["value"]), StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)tampered["type"]);
        Assert.Contains("⚠️ Put all 3 choices in order.", Strings(early["value"]), StringComparison.Ordinal);
        Assert.Contains($"\"order\":\"{L("CA")}\"", early["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(0, rowsBefore);
        Assert.Contains("Correct!", submitted["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["C", "A", "B"], Assert.Single(stores.Answers.Answers).Keys);
    }

    [Fact]
    public async Task Daily_Matching_InAChannel_SubmitRecordsPrivately_RefusedOneComesBackToTheMemberOnly()
    {
        await using var bot = await BotHost.StartAsync(stores, configure: s => s.AddSingleton(MatchingBank));
        var community = await stores.Channels.EnsureCommunityAsync(Platform.Teams, "19:team@thread.tacv2", "ML Study", default);
        var channel = await stores.Channels.EnsureChannelAsync(community.Id, Platform.Teams, TeamChannel, "General", default);
        var now = DateTimeOffset.UtcNow;
        var (round, _) = await stores.Rounds.AddRoundOrGetExistingAsync(new Round
        {
            Kind = RoundKind.Daily, ChannelId = channel.Id, CommunityId = community.Id, LocalDate = DateOnly.FromDateTime(now.UtcDateTime),
            QuestionId = "t-match", ChoiceOrder = "DBAC", OpensAt = now.AddMinutes(-1), ClosesAt = now.AddHours(8),
        }, default);
        var id = round.Id.ToString(CultureInfo.InvariantCulture);

        var refused = await ExecuteAsync(bot, "answer", new JsonObject { ["roundId"] = id, ["item1"] = "B", ["item3"] = "D" }, TeamChannel, "channel");
        var rowsBefore = stores.Answers.Answers.Count;
        var recorded = await ExecuteAsync(bot, "answer", new JsonObject { ["roundId"] = id, ["item1"] = "B", ["item2"] = "C", ["item3"] = "D" }, TeamChannel, "channel");

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)refused["type"]);
        Assert.Contains("Pick a match for item 2", refused["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("0 answers so far", refused["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(0, rowsBefore);
        // The member's own view of the daily card (theirs alone): what they recorded, not the key before the reveal.
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)recorded["type"]);
        var mine = recorded["value"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("You answered 1 → B, 2 → C, 3 → D", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("the answer is", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.ChoiceSet", mine, StringComparison.Ordinal);
        Assert.Equal(["B", "A", "C"], Assert.Single(stores.Answers.Answers).Keys);
    }
}
