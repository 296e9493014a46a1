using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Discord.Handlers;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;
using StudyBot.Tests.Shared;

namespace StudyBot.Discord.Tests;

/// <summary>Matching and the ordering builder on Discord: the JSON sent, and clicks through the signed endpoint.</summary>
public sealed class DiscordMatchingTests
{
    private static RoundView Matching(int items = 3, int choices = 4, RoundKind kind = RoundKind.Quiz) => new RoundView(
        77, kind, "m", QuestionType.Matching, 2, "Match each need to a service.",
        Enumerable.Range(0, choices).Select(i => new ChoiceView(Grader.LabelAt(i), $"Service {i} " + new string('s', 150))).ToList(),
        items, "AIF-C01 D3", DateTimeOffset.UnixEpoch, "UTC", 0, kind == RoundKind.Quiz ? 1 : null, kind == RoundKind.Quiz ? 2 : null, false)
    {
        Items = Enumerable.Range(1, items).Select(i => new ItemView(i, $"Need {i} with *stars* " + new string('n', 180))).ToList(),
    };

    private static void AssertFitsDiscord(DiscordMessage message)
    {
        Assert.InRange(message.Components!.Count, 1, 5);
        Assert.InRange(message.Content!.Length, 1, DiscordMessage.MaxContentLength);
        var all = message.Components.SelectMany(r => r.Components!).ToList();
        Assert.All(message.Components, r => Assert.True(r.Components!.Count is >= 1 and <= 5 && (r.Components.Count == 1 || r.Components.All(c => c.Type == DiscordComponent.ButtonType))));
        Assert.All(all, c => Assert.NotNull(AnswerCustomId.TryParse(c.CustomId)));
        Assert.Equal(all.Count, all.Select(c => c.CustomId).Distinct().Count());
        Assert.All(all.Where(c => c.Options is not null), s => Assert.All(s.Options!, o => Assert.InRange(o.Label.Length, 1, 100)));
        Assert.All(all.Where(c => c.Placeholder is not null), s => Assert.InRange(s.Placeholder!.Length, 1, 150));
    }

    [Fact]
    public void QuizStep_RightAnswerThenNextQuestion_RatingAndReportShareOneRow_AndAFullMatchingPageStillFits()
    {
        var right = new AnswerResultView(AnswerOutcome.Recorded, Engine.Presentation.Text.Of("Correct."), 41, ["B"], true, true, 2, ["B"], "B. S3", null, ReviewRating.Good);
        var ordering = Matching(items: 3) with { Type = QuestionType.Ordering, Items = [] };

        var roomy = DiscordRenderer.QuizStep(new QuizStepView(right, ordering, null));
        var full = DiscordRenderer.QuizStep(new QuizStepView(right, Matching(items: 4), null));

        // Hard, Good, Easy and "Report a problem" are one row above the next question's rows.
        Assert.Equal(["r:41:H", "r:41:G", "r:41:E", "p:41:"], roomy.Components![0].Components!.Select(c => c.CustomId));
        AssertFitsDiscord(roomy);
        // Four items' menus and the buttons take the five rows a message may have: the question stays whole and answerable.
        AssertFitsDiscord(full);
        Assert.Equal(5, full.Components!.Count);
        Assert.All(full.Components!.SelectMany(r => r.Components!), c => Assert.StartsWith("q:77:", c.CustomId));
    }

    [Fact]
    public void Question_Matching_OneSelectPerItemThenStartOverAndSubmit_WithItemsInFull()
    {
        var sut = DiscordRenderer.Question(Matching(), AnswerCustomId.Quiz);

        AssertFitsDiscord(sut);
        Assert.Equal(4, sut.Components!.Count);
        var selects = sut.Components.Take(3).Select(r => Assert.Single(r.Components!)).ToList();
        Assert.All(selects, s => Assert.Equal(DiscordComponent.StringSelectType, s.Type));
        Assert.Equal(["q:77:---:m1", "q:77:---:m2", "q:77:---:m3"], selects.Select(s => s.CustomId));
        Assert.All(selects, s => Assert.Equal(["A", "B", "C", "D"], s.Options!.Select(o => o.Value)));
        Assert.StartsWith("2 → C. Service 2", selects[1].Options![2].Label, StringComparison.Ordinal);
        Assert.Equal(["Start over", "Submit"], sut.Components[3].Components!.Select(b => b.Label));
        Assert.True(sut.Components[3].Components![0].Disabled);
        Assert.Contains("**1.** Need 1 with \\*stars\\* " + new string('n', 180), sut.Content);
        Assert.Contains("**D.** Service 3", sut.Content);
        Assert.Contains("*Pick a choice for each item, then submit.*", sut.Content);
    }

    [Fact]
    public void Builder_Matching_ShowsPicksAsChosenAndCarriesThemInEveryId()
    {
        var round = Matching();
        var sut = AnswerBuilder.Message(round, AnswerCustomId.Quiz, AnswerDraft.Start(round).Match(1, "C").Match(3, "A"), problem: "Pick a match for item 2: every item needs one.");
        var json = JsonDocument.Parse(new InteractionResponse(CallbackType.UpdateMessage, sut).ToJson()).RootElement;

        var first = json.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0];
        Assert.Equal("q:77:C-A:m1", first.GetProperty("custom_id").GetString());
        Assert.Equal(["C"], first.GetProperty("options").EnumerateArray().Where(o => o.TryGetProperty("default", out var d) && d.GetBoolean()).Select(o => o.GetProperty("value").GetString()));
        var second = json.GetProperty("data").GetProperty("components")[1].GetProperty("components")[0];
        Assert.DoesNotContain(second.GetProperty("options").EnumerateArray(), o => o.TryGetProperty("default", out _));
        Assert.Equal("q:77:C-A:s", json.GetProperty("data").GetProperty("components")[3].GetProperty("components")[1].GetProperty("custom_id").GetString());
        Assert.Contains("Matched so far: 1 → C, 3 → A. Still to match: item 2.", sut.Content);
        Assert.Contains("⚠️ Pick a match for item 2: every item needs one.", sut.Content);
    }

    [Fact]
    public void Builder_FiveItemsSixChoices_PagesTheFifthItemSoEveryMessageFits()
    {
        var round = Matching(items: 5, choices: 6);
        var draft = AnswerDraft.Start(round).Match(5, "F");

        var first = AnswerBuilder.Message(round, AnswerCustomId.Daily, draft, page: 1);
        var second = AnswerBuilder.Message(round, AnswerCustomId.Daily, draft, page: 2);

        AssertFitsDiscord(first);
        AssertFitsDiscord(second);
        Assert.Equal(5, first.Components!.Count);
        Assert.Equal(["d:77:----F:m1", "d:77:----F:m2", "d:77:----F:m3", "d:77:----F:m4"], first.Components.Take(4).Select(r => r.Components![0].CustomId));
        Assert.Equal(["Item 5", "Start over", "Submit"], first.Components[4].Components!.Select(b => b.Label));
        Assert.Equal("d:77:----F:p2", first.Components[4].Components![0].CustomId);
        Assert.Equal(2, second.Components!.Count);
        Assert.Equal("d:77:----F:m5", second.Components[0].Components![0].CustomId);
        Assert.True(second.Components[0].Components![0].Options!.Single(o => o.Value == "F").Default);
        Assert.Equal(["Items 1–4", "Start over", "Submit"], second.Components[1].Components!.Select(b => b.Label));
    }

    [Fact]
    public void Question_DailyInTheChannel_OnlyStartsTheMembersOwnMessage()
    {
        var matching = DiscordRenderer.Question(Matching(kind: RoundKind.Daily), AnswerCustomId.Daily);
        var ordering = DiscordRenderer.Question(new RoundView(5, RoundKind.Daily, "o", QuestionType.Ordering, 1, "Order?",
            [new("A", "One"), new("B", "Two"), new("C", "Three")], 3, "AIF-C01 D1", DateTimeOffset.UnixEpoch, "UTC", 2, null, null, false), AnswerCustomId.Daily);

        var start = Assert.Single(Assert.Single(matching.Components!).Components!);
        Assert.Equal(("Match the items", "d:77::p1"), (start.Label, start.CustomId));
        Assert.Equal(["d:5:A:o", "d:5:B:o", "d:5:C:o"], Assert.Single(ordering.Components!).Components!.Select(b => b.CustomId));
    }

    [Fact]
    public void Reveal_Matching_ListsTheItemsSoTheKeyReads()
    {
        var round = Matching(kind: RoundKind.Daily) with { Closed = true };
        var sut = DiscordRenderer.Reveal(new RevealView(round, ["B", "C", "A"], "1 → B: Service 1; 2 → C: Service 2; 3 → A: Service 0", "Why.",
            [new("✓", "every item matched", 2, true), new("✗", "another matching", 1, false)], [], 3, []));

        Assert.Contains("**2.** Need 2 with \\*stars\\*", sut);
        Assert.True(sut.IndexOf("**3.** Need 3", StringComparison.Ordinal) < sut.IndexOf("✅", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("q:1:B-C:m1")]
    [InlineData("q:1:CA:o")]
    [InlineData("q:1::r")]
    [InlineData("q:1:CAB:s")]
    [InlineData("q:1:----F:p2")]
    public void CustomId_BuilderSteps_RoundTrip(string value)
    {
        Assert.Equal(value, AnswerCustomId.TryParse(value)!.ToString());
    }

    [Theory]
    [InlineData("q:1:B-C")]
    [InlineData("q:1:BC:x")]
    [InlineData("q:1:BC:m0")]
    [InlineData("q:1:BC:s:s")]
    [InlineData("q:1:B?C:s")]
    public void CustomId_Malformed_IsRefused(string value)
    {
        Assert.Null(AnswerCustomId.TryParse(value));
    }

    private static QuestionBank Bank(string questions)
    {
        var folder = Path.Combine(Path.GetTempPath(), "studybot-match-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            TestBank.WriteCatalog(folder);
            File.WriteAllText(Path.Combine(folder, "m.yaml"), "topic: m\ntitle: Matching only\nquestions:\n" + questions);
            return QuestionBankLoader.LoadOrThrow(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Label(Round round, char key) => ((char)('A' + round.ChoiceOrder.IndexOf(key, StringComparison.Ordinal))).ToString();

    private static string Content(JsonElement body) => body.GetProperty("data").GetProperty("content").GetString()!;

    [Fact]
    public async Task Quiz_Matching_PicksStayInTheMessage_BadSubmitsWriteNothing_SubmitGradesOnce()
    {
        await using var host = await DiscordTestHost.StartAsync(configure: s => s.AddSingleton(Bank(TestBank.Matching)));
        using var started = await host.PostSignedAsync(InteractionJson.Command("quiz", options: InteractionJson.Options(("exam", "AIF-C01"), ("count", 1))));
        var start = await InteractionJson.ReadAsync(started);
        var round = host.Rounds.Single();
        string L(char key) => Label(round, key);
        var (one, two, three) = (L('B'), L('A'), L('C'));

        using var picked = await host.PostSignedAsync(InteractionJson.Click($"q:{round.Id}:---:m1", values: [one]));
        var pickedBody = await InteractionJson.ReadAsync(picked);
        using var early = await host.PostSignedAsync(InteractionJson.Click($"q:{round.Id}:{one}--:s"));
        var earlyBody = await InteractionJson.ReadAsync(early);
        using var twice = await host.PostSignedAsync(InteractionJson.Click($"q:{round.Id}:{one}{one}{three}:s"));
        var twiceBody = await InteractionJson.ReadAsync(twice);
        using var unknown = await host.PostSignedAsync(InteractionJson.Click($"q:{round.Id}:{one}--:m2", values: ["F"]));
        var unknownBody = await InteractionJson.ReadAsync(unknown);
        var rowsBefore = host.Answers.Count;
        using var submit = await host.PostSignedAsync(InteractionJson.Click($"q:{round.Id}:{one}{two}{three}:s"));
        var submitBody = await InteractionJson.ReadAsync(submit);
        using var again = await host.PostSignedAsync(InteractionJson.Click($"q:{round.Id}:{one}{two}{three}:s"));
        var againBody = await InteractionJson.ReadAsync(again);

        Assert.Contains("**1.** Turn speech into text", Content(start));
        Assert.Equal(4, start.GetProperty("data").GetProperty("components").GetArrayLength());
        Assert.Equal(7, pickedBody.GetProperty("type").GetInt32());
        Assert.Equal($"q:{round.Id}:{one}--:m2", pickedBody.GetProperty("data").GetProperty("components")[1].GetProperty("components")[0].GetProperty("custom_id").GetString());
        Assert.Equal(7, earlyBody.GetProperty("type").GetInt32());
        Assert.Contains("⚠️ Pick a match for items 2 and 3: every item needs one.", Content(earlyBody));
        Assert.Contains($"⚠️ {one} is matched to items 1 and 2", Content(twiceBody));
        Assert.Equal(4, unknownBody.GetProperty("type").GetInt32());
        Assert.Equal(DiscordInteractionDispatcher.UnknownComponent, Content(unknownBody));
        Assert.Equal(0, rowsBefore);
        Assert.Equal(7, submitBody.GetProperty("type").GetInt32());
        Assert.Contains("Correct", Content(submitBody));
        Assert.Contains("already answered", Content(againBody));
        var answer = Assert.Single(host.Answers);
        Assert.Equal(["B", "A", "C"], answer.Keys);
        Assert.True(answer.Correct);
    }

    [Fact]
    public async Task Daily_Matching_ChannelButtonOpensTheMembersOwnMessage_SubmitRecordsOnce()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(DiscordTestHost.Settings(fake.BaseUrl), s => s.AddSingleton(Bank(TestBank.Matching)));
        await host.PostSignedAsync(InteractionJson.Command("setup", permissions: InteractionJson.AdminPermissions,
            options: InteractionJson.Subcommand("daily", InteractionJson.Options(("time", "09:00"), ("timezone", "UTC")))));
        var round = (await host.App.Services.GetRequiredService<DailyRoundService>().PostAsync(host.Channels.Single().Id, null, CancellationToken.None))!;
        string L(char key) => Label(round, key);

        using var open = await host.PostSignedAsync(InteractionJson.Click($"d:{round.Id}::p1", flags: 0));
        var openBody = await InteractionJson.ReadAsync(open);
        using var pick = await host.PostSignedAsync(InteractionJson.Click($"d:{round.Id}:---:m2", values: [L('D')], flags: 64));
        var pickBody = await InteractionJson.ReadAsync(pick);
        using var reset = await host.PostSignedAsync(InteractionJson.Click($"d:{round.Id}::r", flags: 64));
        var resetBody = await InteractionJson.ReadAsync(reset);
        var rowsBefore = host.Answers.Count;
        using var submit = await host.PostSignedAsync(InteractionJson.Click($"d:{round.Id}:{L('B')}{L('D')}{L('C')}:s", flags: 64));
        var submitBody = await InteractionJson.ReadAsync(submit);
        using var again = await host.PostSignedAsync(InteractionJson.Click($"d:{round.Id}:{L('B')}{L('A')}{L('C')}:s", flags: 64));
        var againBody = await InteractionJson.ReadAsync(again);

        Assert.Equal(4, openBody.GetProperty("type").GetInt32());
        Assert.Equal(64, openBody.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(4, openBody.GetProperty("data").GetProperty("components").GetArrayLength());
        Assert.Equal(7, pickBody.GetProperty("type").GetInt32());
        Assert.Contains("Matched so far: 2 → " + L('D'), Content(pickBody));
        Assert.Contains("Pick a choice for each item", Content(resetBody));
        Assert.Equal(0, rowsBefore);
        Assert.Equal(7, submitBody.GetProperty("type").GetInt32());
        Assert.StartsWith($"Recorded 1 → {L('B')}, 2 → {L('D')}, 3 → {L('C')}.", Content(submitBody));
        Assert.DoesNotContain("Textract", Content(submitBody));
        Assert.Contains("already answered", Content(againBody));
        var answer = Assert.Single(host.Answers);
        Assert.Equal(["B", "D", "C"], answer.Keys);
        Assert.False(answer.Correct);
    }
}
