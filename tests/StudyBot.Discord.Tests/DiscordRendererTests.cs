using StudyBot.Discord.Handlers;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;

namespace StudyBot.Discord.Tests;

public sealed class DiscordRendererTests
{
    private static RoundView Round(QuestionType type, int choices = 4, int pick = 1, bool closed = false, long id = 9_223_372_036_854_775_807) =>
        new(id, RoundKind.Daily, "q", type, 2, "Prompt?", Enumerable.Range(0, choices).Select(i => new ChoiceView(((char)('A' + i)).ToString(), new string('x', 300))).ToList(),
            pick, "AIF-C01 D1", DateTimeOffset.UnixEpoch, "UTC", 3, null, null, closed);

    private static IEnumerable<DiscordComponent> Items(DiscordMessage message) => message.Components!.SelectMany(r => r.Components!);

    [Fact]
    public void Question_Single_OneButtonPerChoiceWithShortIds()
    {
        var sut = DiscordRenderer.Question(Round(QuestionType.Single, choices: 6), AnswerCustomId.Daily);

        Assert.Equal(2, sut.Components!.Count);
        Assert.Equal(["A", "B", "C", "D", "E", "F"], Items(sut).Select(b => b.Label));
        Assert.All(Items(sut), b => Assert.InRange(b.CustomId!.Length, 1, DiscordComponent.MaxCustomIdLength));
        Assert.All(Items(sut), b => Assert.NotNull(AnswerCustomId.TryParse(b.CustomId)));
        Assert.Contains("3 answers", sut.Content);
        Assert.InRange(sut.Content!.Length, 1, DiscordMessage.MaxContentLength);
    }

    [Fact]
    public void Question_Multiple_SelectWithPickCount()
    {
        var sut = DiscordRenderer.Question(Round(QuestionType.Multiple, pick: 2), AnswerCustomId.Quiz);

        var select = Assert.Single(Items(sut));
        Assert.Equal(DiscordComponent.StringSelectType, select.Type);
        Assert.Equal(2, select.MinValues);
        Assert.Equal(2, select.MaxValues);
        Assert.All(select.Options!, o => Assert.InRange(o.Label.Length, 1, 100));
    }

    [Fact]
    public void Question_OrderingWithPicks_OffersTheRestCarryingTheOrder()
    {
        var sut = DiscordRenderer.Question(Round(QuestionType.Ordering), AnswerCustomId.Quiz, ["C", "A"]);

        Assert.Equal(["B", "D"], sut.Components![0].Components!.Select(b => b.Label));
        Assert.All(sut.Components[0].Components!, b => Assert.EndsWith(":CA" + b.Label + ":o", b.CustomId));
        Assert.Equal(["Undo last", "Start over", "Submit"], sut.Components[1].Components!.Select(b => b.Label));
        Assert.Contains("C → A", sut.Content);
    }

    [Fact]
    public void Question_Closed_HasNoComponents()
    {
        var sut = DiscordRenderer.Question(Round(QuestionType.Single, closed: true), AnswerCustomId.Daily);

        Assert.Empty(sut.Components!);
        Assert.Contains("Closed", sut.Content);
    }

    [Fact]
    public void Reveal_ShowsKeyTalliesAndNames()
    {
        var reveal = new RevealView(Round(QuestionType.Single), ["B"], "B: Batch", "Because.", [new("A", "a", 1, false), new("B", "b", 2, true)], ["Ann", "Bo"], 3,
            [new LeaderboardRowView(1, 1, "Ann", 5, 3, 3, 1, 2)]);

        var sut = DiscordRenderer.Reveal(reveal);

        Assert.Contains("B: Batch", sut);
        Assert.Contains("B ✓ 2 votes", sut);
        Assert.Contains("Ann, Bo", sut);
        Assert.Contains("#1 Ann (5 points)", sut);
    }

    private const string Tricky = "[free](https://x.test) *Bo*_<@1>";
    private const string TrickyEscaped = @"\[free\](https://x.test) \*Bo\*\_\<\@1\>";

    [Fact]
    public void Reveal_MemberNames_AreEscaped()
    {
        var reveal = new RevealView(Round(QuestionType.Single), ["B"], "B: Batch", "Because.", [new("B", "b", 1, true)], [Tricky], 1,
            [new LeaderboardRowView(1, 1, Tricky, 5, 3, 3, 1, 2)]);

        var sut = DiscordRenderer.Reveal(reveal);

        Assert.Contains("Right: " + TrickyEscaped, sut);
        Assert.Contains("#1 " + TrickyEscaped + " (5 points)", sut);
        Assert.DoesNotContain(Tricky, sut);
    }

    [Fact]
    public void Leaderboard_MemberAndChannelNames_AreEscaped()
    {
        var board = new LeaderboardView("Leaderboard — this week, #study_group", "this week", "#study_group", [new LeaderboardRowView(1, 1, Tricky, 5, 3, 3, 1, 2)], null, 1);

        var sut = DiscordRenderer.Leaderboard(board);

        Assert.StartsWith(@"**Leaderboard — this week, \#study\_group**", sut);
        Assert.Contains(@"1\. " + TrickyEscaped + " — 5 points", sut);
    }

    [Fact]
    public void Stats_MemberName_IsEscaped()
    {
        var sut = DiscordRenderer.Stats(new StatsView(1, Tricky, 0, 0, 0, 0, 0, 0, false, []));

        Assert.StartsWith("**Stats for " + TrickyEscaped + "**", sut);
    }

    [Fact]
    public void Help_ForAnAdmin_OffersOnlyCommandsDiscordHas()
    {
        var help = new HelpView(Text.Of("How it works."), CommandCatalog.All, true, PlaceKind.Channel);

        var sut = DiscordRenderer.Help(help);

        Assert.Contains("`/setup daily time: timezone: [days] [exam] [reveal_after_minutes]`", sut);
        Assert.Contains("`/setup status`", sut);
        // Admins on Discord are the members with Manage Server: the Teams-only subcommand is neither registered nor offered.
        Assert.DoesNotContain("/setup admins", sut);
    }

    [Fact]
    public void Ephemeral_LongText_IsClippedToTheLimit()
    {
        var sut = InteractionResponse.Ephemeral(new string('y', 5000));

        Assert.Equal(DiscordMessage.MaxContentLength, sut.Data!.Content!.Length);
        Assert.Equal(MessageFlags.Ephemeral, sut.Data.Flags);
    }

    [Fact]
    public void ToJson_Autocomplete_CarriesEmptyChoices()
    {
        var sut = new InteractionResponse(CallbackType.AutocompleteResult).ToJson();

        Assert.Equal("""{"type":8,"data":{"choices":[]}}""", sut);
    }
}
