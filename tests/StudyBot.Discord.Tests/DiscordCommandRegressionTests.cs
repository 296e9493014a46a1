using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.Discord.Tests;

/// <summary>
/// The bugs of issue 12 as a Discord member meets them: weekday words, a hidden member's stats and unknown vocabulary all
/// follow the engine's one rule.
/// </summary>
public sealed class DiscordCommandRegressionTests
{
    private const string HiddenUserId = "53908232506183680";
    private const string HiddenNick = "Secret Sam";
    private const string OtherUserId = "444444444444444444";

    private static string Content(JsonElement body) => body.GetProperty("data").GetProperty("content").GetString()!;

    private static int Flags(JsonElement body) =>
        body.GetProperty("data").TryGetProperty("flags", out var flags) ? flags.GetInt32() : 0;

    public static TheoryData<string, Weekdays> DayWords => new()
    {
        { "mon-fri", Weekdays.MondayToFriday },
        { "weekdays", Weekdays.MondayToFriday },
        { "daily", Weekdays.Every },
        { "mon,wed,fri", Weekdays.Monday | Weekdays.Wednesday | Weekdays.Friday },
    };

    [Theory]
    [MemberData(nameof(DayWords))]
    public async Task SetupDaily_DaysWord_IsAcceptedAndStoredAsTheEngineReadsIt(string word, Weekdays expected)
    {
        await using var host = await DiscordTestHost.StartAsync();

        using var response = await host.PostSignedAsync(InteractionJson.Command("setup", permissions: InteractionJson.AdminPermissions,
            options: InteractionJson.Subcommand("daily", InteractionJson.Options(("time", "09:00"), ("timezone", "Europe/Berlin"), ("days", word)))));
        var body = await InteractionJson.ReadAsync(response);

        var channel = Assert.Single(host.Channels);
        Assert.True(channel.DailyEnabled);
        Assert.Equal(expected, channel.Days);
        // The same word means the same days in the engine's vocabulary and in the text grammar of Teams and the terminal.
        Assert.True(Vocabulary.TryWeekdays(word, out var vocabulary));
        Assert.Equal(vocabulary, channel.Days);
        Assert.Equal(expected, CommandParser.ParseText($"setup daily 09:00 Europe/Berlin {word}").Invocation?.Days(CommandNames.Days));
        Assert.StartsWith($"{Vocabulary.Describe(expected)} at 09:00 Europe/Berlin, all exams", Content(body));
        Assert.Equal(64, Flags(body));
    }

    [Fact]
    public async Task SetupDaily_UnknownDaysWord_IsRefusedNamingItAndNothingIsSaved()
    {
        await using var host = await DiscordTestHost.StartAsync();

        using var response = await host.PostSignedAsync(InteractionJson.Command("setup", permissions: InteractionJson.AdminPermissions,
            options: InteractionJson.Subcommand("daily", InteractionJson.Options(("time", "09:00"), ("timezone", "UTC"), ("days", "funday")))));
        var body = await InteractionJson.ReadAsync(response);

        Assert.Equal(64, Flags(body));
        Assert.StartsWith("'funday' is not a set of weekdays", Content(body));
        Assert.All(host.Channels, c => Assert.False(c.DailyEnabled));
    }

    [Fact]
    public async Task Stats_OfHiddenMember_IsRefusedPrivately()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.PostSignedAsync(InteractionJson.Command("stats", userId: HiddenUserId, nick: HiddenNick, options: InteractionJson.Options(("privacy", "hide"))));
        var (options, resolved) = InteractionJson.MemberOption("member", HiddenUserId, HiddenNick);

        using var response = await host.PostSignedAsync(InteractionJson.Command("stats", userId: OtherUserId, options: options, resolved: resolved));
        var body = await InteractionJson.ReadAsync(response);

        Assert.True(Assert.Single(host.Members, m => m.ExternalId == HiddenUserId).HiddenFromBoards);
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Equal(64, Flags(body));
        Assert.EndsWith("keeps their stats private.", Content(body));
        Assert.DoesNotContain("Stats for", Content(body));
        Assert.DoesNotContain("answered", Content(body));
    }

    [Fact]
    public async Task Stats_OfHiddenMember_NamesThemNowhereInTheReply()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.PostSignedAsync(InteractionJson.Command("stats", userId: HiddenUserId, nick: HiddenNick, options: InteractionJson.Options(("privacy", "hide"))));
        var (options, resolved) = InteractionJson.MemberOption("member", HiddenUserId, HiddenNick);

        using var response = await host.PostSignedAsync(InteractionJson.Command("stats", userId: OtherUserId, options: options, resolved: resolved));
        var text = (await InteractionJson.ReadAsync(response)).GetRawText();

        Assert.Contains("keeps their stats private", text);
        Assert.DoesNotContain(HiddenNick, text);
        Assert.DoesNotContain("User " + HiddenUserId[^3..], text);
        Assert.DoesNotContain("user" + HiddenUserId[^3..], text);
        Assert.DoesNotContain(HiddenUserId, text);
    }

    [Fact]
    public async Task Stats_OfVisibleMember_ShowsTheirStatsPrivately()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.PostSignedAsync(InteractionJson.Command("stats", userId: HiddenUserId, nick: "Open Olga"));
        var (options, resolved) = InteractionJson.MemberOption("member", HiddenUserId, "Open Olga");

        using var response = await host.PostSignedAsync(InteractionJson.Command("stats", userId: OtherUserId, options: options, resolved: resolved));
        var body = await InteractionJson.ReadAsync(response);

        Assert.Equal(64, Flags(body));
        Assert.StartsWith("**Stats for Open Olga**", Content(body));
    }

    [Fact]
    public async Task HiddenMember_IsNeitherOnTheBoardNorOnTheReveal_EvenAsTheCallersOwnRow()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(DiscordTestHost.Settings(fake.BaseUrl));
        await host.PostSignedAsync(InteractionJson.Command("setup", permissions: InteractionJson.AdminPermissions,
            options: InteractionJson.Subcommand("daily", InteractionJson.Options(("time", "09:00"), ("timezone", "UTC"), ("exam", "MLS-C01")))));
        var daily = host.App.Services.GetRequiredService<DailyRoundService>();
        var round = (await daily.PostAsync(host.Channels.Single().Id, null, CancellationToken.None))!;
        var right = ((char)('A' + round.ChoiceOrder.IndexOf('A', StringComparison.Ordinal))).ToString();
        await host.PostSignedAsync(InteractionJson.Command("stats", userId: HiddenUserId, nick: HiddenNick, options: InteractionJson.Options(("privacy", "hide"))));
        await host.PostSignedAsync(InteractionJson.Click($"d:{round.Id}:{right}", userId: HiddenUserId, flags: 0));
        await host.PostSignedAsync(InteractionJson.Click($"d:{round.Id}:{right}", userId: OtherUserId, flags: 0));

        using var board = await host.PostSignedAsync(InteractionJson.Command("leaderboard", userId: HiddenUserId, nick: HiddenNick));
        var boardText = Content(await InteractionJson.ReadAsync(board));
        host.Time.Advance(TimeSpan.FromHours(9));
        var reveal = await daily.RevealAsync(round.Id, CancellationToken.None);
        using var revealPost = JsonDocument.Parse(fake.Matching("POST", "/messages").Last().Body);
        var revealText = revealPost.RootElement.GetProperty("content").GetString()!;

        Assert.Equal(2, host.Answers.Count);
        Assert.Contains(@"1\. User 444", boardText);
        Assert.Contains("1 participant.", boardText);
        Assert.DoesNotContain(HiddenNick, boardText);
        Assert.Equal(2, reveal!.AnswerCount);
        Assert.Contains("Right: User 444", revealText);
        Assert.DoesNotContain(HiddenNick, revealText);
    }

    [Theory]
    [InlineData("period", "fortnight", "'fortnight' is not a period I know; use week, month or all.")]
    [InlineData("scope", "galaxy", "'galaxy' is not a scope I know; use channel or server.")]
    public async Task Leaderboard_UnknownWord_GetsAnEphemeralErrorNamingIt(string option, string word, string expected)
    {
        await using var host = await DiscordTestHost.StartAsync();

        using var response = await host.PostSignedAsync(InteractionJson.Command("leaderboard", options: InteractionJson.Options((option, word))));
        var body = await InteractionJson.ReadAsync(response);

        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Equal(64, Flags(body));
        Assert.Equal(expected, Content(body));
    }

    [Fact]
    public async Task Leaderboard_KnownWords_ShowTheBoardToTheChannel()
    {
        await using var host = await DiscordTestHost.StartAsync();

        using var response = await host.PostSignedAsync(InteractionJson.Command("leaderboard", options: InteractionJson.Options(("period", "month"), ("scope", "server"))));
        var body = await InteractionJson.ReadAsync(response);

        Assert.Equal(0, Flags(body));
        Assert.StartsWith("**Leaderboard — this month,", Content(body));
    }
}
