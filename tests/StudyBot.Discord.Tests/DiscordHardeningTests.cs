using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StudyBot.Discord.Handlers;

namespace StudyBot.Discord.Tests;

/// <summary>Issue 14 through the real endpoint: bad input gets a 4xx or a polite message, never a 500 and never a write.</summary>
public sealed class DiscordHardeningTests
{
    private const string Ann = "53908232506183680";
    private const string Stranger = "111111111111111111";

    private static string Content(JsonElement body) => body.GetProperty("data").GetProperty("content").GetString()!;

    private static int Flags(JsonElement body) => body.GetProperty("data").TryGetProperty("flags", out var f) ? f.GetInt32() : 0;

    private static void NothingFailed(DiscordTestHost host) => Assert.Empty(host.Logs.AtLeast(LogLevel.Error));

    [Fact]
    public async Task Post_NullInOptionsOrValues_Is400AndWritesNothing()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var options = JsonNode.Parse(InteractionJson.Command("quiz", options: new JsonArray((JsonNode?)null)))!;
        var values = JsonNode.Parse(InteractionJson.Click("q:5:", values: ["A"]))!;
        values["data"]!["values"]!.AsArray().Add((JsonNode?)null);

        using var first = await host.PostSignedAsync(options.ToJsonString());
        using var second = await host.PostSignedAsync(values.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(0, host.RowCount);
        NothingFailed(host);
    }

    [Fact]
    public async Task Post_InvalidUtf8InAFieldTheBotDoesNotRead_Is400AndWritesNothing()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var json = InteractionJson.Command("help").Replace("\"version\":1", "\"unread\":\"#\",\"version\":1", StringComparison.Ordinal);

        using var response = await host.PostSignedAsync(InteractionValidationTests.WithInvalidByte(json, "#"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, host.RowCount);
        NothingFailed(host);
    }

    [Fact]
    public async Task Post_InvalidUtf8InAnOptionValue_Is400WithoutAnException()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var json = InteractionJson.Command("quiz", options: InteractionJson.Options(("exam", "AIF-C0#")));

        using var response = await host.PostSignedAsync(InteractionValidationTests.WithInvalidByte(json, "#"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, host.RowCount);
        NothingFailed(host);
    }

    [Theory]
    [InlineData("member.user.id", "-1")]
    [InlineData("member.user.id", "abc")]
    [InlineData("member.user.id", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("guild_id", "-1")]
    [InlineData("guild_id", "abc")]
    [InlineData("guild_id", "18446744073709551616")]
    [InlineData("channel_id", "abc")]
    [InlineData("channel_id", "-1")]
    public async Task Post_IdThatIsNoSnowflake_Is400AndCreatesNothing(string field, string value)
    {
        await using var host = await DiscordTestHost.StartAsync();
        foreach (var json in new[] { InteractionJson.Command("help"), InteractionJson.Command("quiz"), InteractionJson.Click("q:1:A") })
        {
            var body = JsonNode.Parse(json)!.AsObject();
            var path = field.Split('.');
            var target = body;
            foreach (var step in path[..^1])
            {
                target = target[step]!.AsObject();
            }

            target[path[^1]] = value;

            using var response = await host.PostSignedAsync(body.ToJsonString());

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Equal(0, host.RowCount);
        NothingFailed(host);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("42")]
    [InlineData("00053908232506183680")]
    public async Task Stats_MemberThatIsNoSnowflake_IsRefusedPolitelyAndCreatesNothing(string memberId)
    {
        await using var host = await DiscordTestHost.StartAsync();
        var options = new JsonArray(new JsonObject { ["name"] = "member", ["type"] = 6, ["value"] = memberId == "42" ? new string('7', 5000) : memberId });

        using var response = await host.PostSignedAsync(InteractionJson.Command("stats", options: options));
        var body = await InteractionJson.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(64, Flags(body));
        Assert.Contains("member", Content(body));
        Assert.Equal(0, host.RowCount);
        NothingFailed(host);
    }

    public static TheoryData<string, string, string> WrongOptions => new()
    {
        { "count", "\"abc\"", "count must be a whole number, not 'abc'." },
        { "count", "\"5\"", "count must be a whole number, not '5'." },
        { "count", "1.5", "count must be a whole number, not '1.5'." },
        { "count", "9223372036854775808", "count must be a whole number, not '9223372036854775808'." },
        { "count", "1e400", "count must be a whole number, not '1e400'." },
        { "count", "true", "count must be a whole number, not 'true'." },
        { "count", "0", "count 0 is out of range; use 1 to 20." },
        { "count", "21", "count 21 is out of range; use 1 to 20." },
        { "exam", "\"\"", "exam is empty." },
        { "exam", "\"   \"", "exam is empty." },
        { "exam", "5", "exam must be a word, not '5'." },
        { "domain", "\"2\"", "domain must be a whole number, not '2'." },
    };

    [Theory]
    [MemberData(nameof(WrongOptions))]
    public async Task Quiz_OptionOfWrongTypeOrRange_GetsAnEphemeralErrorNamingItAndStartsNothing(string option, string valueJson, string expected)
    {
        await using var host = await DiscordTestHost.StartAsync();
        var options = new JsonArray(new JsonObject { ["name"] = option, ["type"] = option == "exam" ? 3 : 4, ["value"] = JsonNode.Parse(valueJson) });

        using var response = await host.PostSignedAsync(InteractionJson.Command("quiz", options: options));
        var body = await InteractionJson.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Equal(64, Flags(body));
        Assert.Equal(expected, Content(body));
        Assert.Equal(0, host.RowCount);
        NothingFailed(host);
    }

    [Fact]
    public async Task Quiz_UnknownExam_IsRefusedAndRegistersNobody()
    {
        await using var host = await DiscordTestHost.StartAsync();

        using var response = await host.PostSignedAsync(InteractionJson.Command("quiz", options: InteractionJson.Options(("exam", "ZZZ-Z99"))));
        var body = await InteractionJson.ReadAsync(response);

        Assert.Equal(64, Flags(body));
        Assert.Contains("ZZZ-Z99", Content(body));
        Assert.Equal(0, host.RowCount);
    }

    public static TheoryData<string> StaleTimestamps => new()
    {
        "-301",
        "+301",
        "-86400",
        "+31536000",
        "abc",
        "",
        "1.5",
        "99999999999999999999999",
    };

    [Theory]
    [MemberData(nameof(StaleTimestamps))]
    public async Task Post_TimestampOutsideTheWindowOrNotANumber_Is401AndRunsNothing(string offset)
    {
        await using var host = await DiscordTestHost.StartAsync();
        var now = host.Time.GetUtcNow().ToUnixTimeSeconds();
        var timestamp = offset.Length > 1 && offset[0] is '-' or '+' && long.TryParse(offset, CultureInfo.InvariantCulture, out var shift)
            ? (now + shift).ToString(CultureInfo.InvariantCulture)
            : offset;

        using var response = await host.PostSignedAsync(InteractionJson.Command("help"), timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, host.RowCount);
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(0)]
    [InlineData(300)]
    public async Task Post_TimestampWithinTheWindow_IsAccepted(int shift)
    {
        await using var host = await DiscordTestHost.StartAsync();
        var timestamp = (host.Time.GetUtcNow().ToUnixTimeSeconds() + shift).ToString(CultureInfo.InvariantCulture);

        using var response = await host.PostSignedAsync(InteractionJson.Command("help"), timestamp);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_CapturedRequestReplayedLater_Is401()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var body = Encoding.UTF8.GetBytes(InteractionJson.Command("help"));
        var timestamp = host.Timestamp;
        var signature = TestSigner.Sign(timestamp, body);

        using var first = await host.PostAsync(body, signature, timestamp);
        host.Time.Advance(TimeSpan.FromDays(3));
        using var replay = await host.PostAsync(body, signature, timestamp);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
    }

    [Fact]
    public async Task Post_ConfiguredWindow_IsTheOneApplied()
    {
        var settings = DiscordTestHost.Settings();
        settings["Discord:TimestampTolerance"] = "00:00:30";
        await using var host = await DiscordTestHost.StartAsync(settings);
        var now = host.Time.GetUtcNow().ToUnixTimeSeconds();

        using var inside = await host.PostSignedAsync(InteractionJson.Command("help"), (now - 30).ToString(CultureInfo.InvariantCulture));
        using var outside = await host.PostSignedAsync(InteractionJson.Command("help"), (now - 31).ToString(CultureInfo.InvariantCulture));

        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, outside.StatusCode);
    }

    [Fact]
    public async Task Post_SameCommandInteractionTwice_RunsItOnce()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var command = InteractionJson.Command("quiz", options: InteractionJson.Options(("exam", "MLA-C01"), ("count", 1)));

        using var first = await host.PostSignedAsync(command);
        var firstBody = await InteractionJson.ReadAsync(first);
        var rows = host.Snapshot();
        using var again = await host.PostSignedAsync(command);
        var againBody = await InteractionJson.ReadAsync(again);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.NotEqual(DiscordInteractionDispatcher.AlreadyHandled, Content(firstBody));
        Assert.Equal(4, againBody.GetProperty("type").GetInt32());
        Assert.Equal(64, Flags(againBody));
        Assert.Equal(DiscordInteractionDispatcher.AlreadyHandled, Content(againBody));
        Assert.Single(host.Stores.Quizzes.Quizzes);
        Assert.Equal(rows, host.Snapshot());
    }

    [Fact]
    public async Task Post_SameCommandInteractionConcurrently_RunsItOnce()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var command = InteractionJson.Command("stats", options: InteractionJson.Options(("privacy", "hide")));

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => host.PostSignedAsync(command)));
        var contents = await Task.WhenAll(responses.Select(async r => Content(await InteractionJson.ReadAsync(r))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(7, contents.Count(c => c == DiscordInteractionDispatcher.AlreadyHandled));
        Assert.Single(host.Members);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Click_SomeoneElsesQuiz_RegistersNobody()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.PostSignedAsync(InteractionJson.Command("quiz", options: InteractionJson.Options(("exam", "MLA-C01"), ("domain", 3), ("count", 1))));
        var round = host.Rounds.Single();
        var rows = host.Snapshot();

        using var response = await host.PostSignedAsync(InteractionJson.Click($"q:{round.Id}:A", userId: Stranger));
        var body = await InteractionJson.ReadAsync(response);

        Assert.Equal(64, Flags(body));
        Assert.Contains("belongs to someone else", Content(body));
        Assert.Equal(rows, host.Snapshot());
        Assert.DoesNotContain(host.Members, m => m.ExternalId == Stranger);
    }

    [Theory]
    [InlineData("d:{0}:A", true)]
    [InlineData("d:{0}:F", false)]
    [InlineData("q:{0}:A", false)]
    [InlineData("d:{0}:", false)]
    [InlineData("d:99999:A", false)]
    [InlineData("d:{0}:A:x", false)]
    public async Task Click_RefusedDailyClick_RegistersNobody(string pattern, bool closeFirst)
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(DiscordTestHost.Settings(fake.BaseUrl));
        await host.PostSignedAsync(InteractionJson.Command("setup", permissions: InteractionJson.AdminPermissions,
            options: InteractionJson.Subcommand("daily", InteractionJson.Options(("time", "09:00"), ("timezone", "UTC"), ("exam", "MLS-C01")))));
        var daily = host.App.Services.GetRequiredService<DailyRoundService>();
        var round = (await daily.PostAsync(host.Channels.Single().Id, null, CancellationToken.None))!;
        if (closeFirst)
        {
            host.Time.Advance(TimeSpan.FromHours(9));
            await daily.RevealAsync(round.Id, CancellationToken.None);
        }

        var rows = host.Snapshot();

        using var response = await host.PostSignedAsync(InteractionJson.Click(string.Format(CultureInfo.InvariantCulture, pattern, round.Id), userId: Stranger, flags: 0));
        var body = await InteractionJson.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(64, Flags(body));
        Assert.Equal(rows, host.Snapshot());
        Assert.DoesNotContain(host.Members, m => m.ExternalId == Stranger);
        NothingFailed(host);
    }

    [Fact]
    public async Task Click_OpenDailyRound_StillRegistersTheClickerAndRecords()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(DiscordTestHost.Settings(fake.BaseUrl));
        await host.PostSignedAsync(InteractionJson.Command("setup", permissions: InteractionJson.AdminPermissions,
            options: InteractionJson.Subcommand("daily", InteractionJson.Options(("time", "09:00"), ("timezone", "UTC"), ("exam", "MLS-C01")))));
        var round = (await host.App.Services.GetRequiredService<DailyRoundService>().PostAsync(host.Channels.Single().Id, null, CancellationToken.None))!;

        using var response = await host.PostSignedAsync(InteractionJson.Click($"d:{round.Id}:A", userId: Stranger, flags: 0));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Members, m => m.ExternalId == Stranger);
        Assert.Single(host.Answers);
    }
}
