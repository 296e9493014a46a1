using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Discord.Handlers;

namespace StudyBot.Discord.Tests;

public sealed class DiscordEndToEndTests
{
    private static string[] CustomIds(JsonElement data) =>
        data.TryGetProperty("components", out var rows)
            ? rows.EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray()).Select(c => c.GetProperty("custom_id").GetString()!).ToArray()
            : [];

    [Fact]
    public async Task Quiz_SignedClick_RecordsScoresAndUpdatesMessage_RepeatScoresNothing()
    {
        await using var host = await DiscordTestHost.StartAsync();

        using var started = await host.PostSignedAsync(InteractionJson.Command("quiz", options: InteractionJson.Options(("exam", "MLA-C01"), ("domain", 3), ("count", 1))));
        var start = await InteractionJson.ReadAsync(started);
        var ids = CustomIds(start.GetProperty("data"));
        var round = host.Rounds.Single();
        var correctLabel = ((char)('A' + round.ChoiceOrder.IndexOf('B', StringComparison.Ordinal))).ToString();
        var click = InteractionJson.Click($"q:{round.Id}:{correctLabel}");
        using var first = await host.PostSignedAsync(click);
        var firstBody = await InteractionJson.ReadAsync(first);
        using var second = await host.PostSignedAsync(click);
        var secondBody = await InteractionJson.ReadAsync(second);

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(4, start.GetProperty("type").GetInt32());
        Assert.Equal(64, start.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(3, ids.Length);
        Assert.All(ids, id => Assert.StartsWith($"q:{round.Id}:", id));
        Assert.Equal(7, firstBody.GetProperty("type").GetInt32());
        Assert.Contains("Correct", firstBody.GetProperty("data").GetProperty("content").GetString());
        Assert.Contains("Quiz finished", firstBody.GetProperty("data").GetProperty("content").GetString());
        // A right answer's buttons, in one row under the summary: how it felt (Hard, Good - what it counts as - or Easy)
        // and "Report a problem" for the question just answered.
        var rows = firstBody.GetProperty("data").GetProperty("components");
        Assert.Single(rows.EnumerateArray());
        Assert.Equal([$"r:{round.Id}:H", $"r:{round.Id}:G", $"r:{round.Id}:E", $"p:{round.Id}:"], CustomIds(firstBody.GetProperty("data")));
        Assert.Equal(7, secondBody.GetProperty("type").GetInt32());
        Assert.Contains("already answered", secondBody.GetProperty("data").GetProperty("content").GetString());
        var answer = Assert.Single(host.Answers);
        Assert.Equal(2, answer.Points);
    }

    [Fact]
    public async Task Review_AMissedQuizQuestion_ComesBackEphemeral_TheNextDay_WithWhatIsDue()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.PostSignedAsync(InteractionJson.Command("quiz", options: InteractionJson.Options(("exam", "MLA-C01"), ("domain", 3), ("count", 1))));
        var missed = host.Rounds.Single();
        var wrongLabel = ((char)('A' + missed.ChoiceOrder.IndexOf('A', StringComparison.Ordinal))).ToString();
        await host.PostSignedAsync(InteractionJson.Click($"q:{missed.Id}:{wrongLabel}"));
        host.Time.Advance(TimeSpan.FromDays(1));

        using var started = await host.PostSignedAsync(InteractionJson.Command("review", options: InteractionJson.Subcommand("start")));
        var body = await InteractionJson.ReadAsync(started);
        using var retention = await host.PostSignedAsync(InteractionJson.Command("review", options: InteractionJson.Subcommand("settings", InteractionJson.Options(("retention", 0.85)))));
        var retentionBody = await InteractionJson.ReadAsync(retention);

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(64, body.GetProperty("data").GetProperty("flags").GetInt32());
        var content = body.GetProperty("data").GetProperty("content").GetString()!;
        Assert.StartsWith("1 review due today, 0 overdue.", content, StringComparison.Ordinal);
        var item = host.Rounds.Single(r => r.Id != missed.Id);
        Assert.Equal(missed.QuestionId, item.QuestionId);
        Assert.All(CustomIds(body.GetProperty("data")), id => Assert.StartsWith($"q:{item.Id}:", id));
        Assert.Equal(64, retentionBody.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("Retention set to 0.85", retentionBody.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiz_OrderingClicks_AccumulateThenGradeOnSubmit()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.PostSignedAsync(InteractionJson.Command("quiz", options: InteractionJson.Options(("exam", "MLA-C01"), ("domain", 1), ("count", 1))));
        var round = host.Rounds.Single();
        string Label(char key) => ((char)('A' + round.ChoiceOrder.IndexOf(key, StringComparison.Ordinal))).ToString();

        using var step1 = await host.PostSignedAsync(InteractionJson.Click($"q:{round.Id}:{Label('C')}:o"));
        var body1 = await InteractionJson.ReadAsync(step1);
        using var step2 = await host.PostSignedAsync(InteractionJson.Click($"q:{round.Id}:{Label('C')}{Label('A')}{Label('B')}:o"));
        var body2 = await InteractionJson.ReadAsync(step2);
        var answersBeforeSubmit = host.Answers.Count;
        using var step3 = await host.PostSignedAsync(InteractionJson.Click($"q:{round.Id}:{Label('C')}{Label('A')}{Label('B')}:s"));
        var body3 = await InteractionJson.ReadAsync(step3);

        Assert.Equal(7, body1.GetProperty("type").GetInt32());
        Assert.Equal(5, CustomIds(body1.GetProperty("data")).Length);
        Assert.All(CustomIds(body1.GetProperty("data")).Take(2), id => Assert.StartsWith($"q:{round.Id}:{Label('C')}", id));
        Assert.Equal(3, CustomIds(body2.GetProperty("data")).Length);
        Assert.Equal(0, answersBeforeSubmit);
        Assert.Contains("Correct", body3.GetProperty("data").GetProperty("content").GetString());
        Assert.True(Assert.Single(host.Answers).Correct);
    }

    [Fact]
    public async Task Quiz_MultipleSelect_SendsValuesAndGrades()
    {
        await using var host = await DiscordTestHost.StartAsync();
        using var started = await host.PostSignedAsync(InteractionJson.Command("quiz", options: InteractionJson.Options(("exam", "AIF-C01"), ("domain", 1), ("count", 2))));
        var start = await InteractionJson.ReadAsync(started);
        var multi = host.Rounds.First();

        Assert.Equal(4, start.GetProperty("type").GetInt32());
        var select = start.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0];
        if (select.GetProperty("type").GetInt32() == 3)
        {
            Assert.Equal(2, select.GetProperty("min_values").GetInt32());
            Assert.Equal(2, select.GetProperty("max_values").GetInt32());
            string Label(char key) => ((char)('A' + multi.ChoiceOrder.IndexOf(key, StringComparison.Ordinal))).ToString();
            using var click = await host.PostSignedAsync(InteractionJson.Click($"q:{multi.Id}:", values: [Label('A'), Label('C')]));
            var body = await InteractionJson.ReadAsync(click);
            Assert.Equal(7, body.GetProperty("type").GetInt32());
            Assert.True(Assert.Single(host.Answers).Correct);
        }
        else
        {
            Assert.Equal(2, select.GetProperty("type").GetInt32());
        }
    }

    [Theory]
    [InlineData("q:999:A")]
    [InlineData("q:1:Z")]
    [InlineData("garbage")]
    [InlineData("d:12345678901234:A")]
    public async Task Click_UnknownOrTamperedId_PoliteEphemeral(string customId)
    {
        await using var host = await DiscordTestHost.StartAsync();

        using var response = await host.PostSignedAsync(InteractionJson.Click(customId));
        var body = await InteractionJson.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Equal(64, body.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(DiscordInteractionDispatcher.UnknownComponent, body.GetProperty("data").GetProperty("content").GetString());
        Assert.Empty(host.Answers);
    }

    [Fact]
    public async Task Click_SomeoneElsesQuiz_RecordsNothing()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.PostSignedAsync(InteractionJson.Command("quiz", options: InteractionJson.Options(("exam", "MLA-C01"), ("domain", 3), ("count", 1))));
        var round = host.Rounds.Single();

        using var response = await host.PostSignedAsync(InteractionJson.Click($"q:{round.Id}:A", userId: "111111111111111111"));
        var body = await InteractionJson.ReadAsync(response);

        Assert.Equal(64, body.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Empty(host.Answers);
    }

    [Fact]
    public async Task Setup_NonAdmin_IsRefusedAndNothingChanges()
    {
        await using var host = await DiscordTestHost.StartAsync();

        using var response = await host.PostSignedAsync(InteractionJson.Command("setup",
            options: InteractionJson.Subcommand("daily", InteractionJson.Options(("time", "09:00"), ("timezone", "Europe/Berlin")))));
        var body = await InteractionJson.ReadAsync(response);

        Assert.Equal("Only admins can change the daily question. On Discord that is members with the Manage Server permission.",
            body.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal(64, body.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.All(host.Channels, c => Assert.False(c.DailyEnabled));
    }

    [Fact]
    public async Task Setup_AdminWithBadZone_NamesTheValue()
    {
        await using var host = await DiscordTestHost.StartAsync();

        using var response = await host.PostSignedAsync(InteractionJson.Command("setup", permissions: "32",
            options: InteractionJson.Subcommand("daily", InteractionJson.Options(("time", "09:00"), ("timezone", "Mars/Olympus")))));
        var body = await InteractionJson.ReadAsync(response);

        Assert.Contains("Mars/Olympus", body.GetProperty("data").GetProperty("content").GetString());
        Assert.All(host.Channels, c => Assert.False(c.DailyEnabled));
    }

    [Fact]
    public async Task DailyRound_PostedClickedRefreshedAndClosed()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(DiscordTestHost.Settings(fake.BaseUrl));
        using var setup = await host.PostSignedAsync(InteractionJson.Command("setup", permissions: InteractionJson.AdminPermissions,
            options: InteractionJson.Subcommand("daily", InteractionJson.Options(("time", "09:00"), ("timezone", "UTC"), ("exam", "MLS-C01"), ("reveal_after_minutes", "60")))));
        var channel = Assert.Single(host.Channels);
        var daily = host.App.Services.GetRequiredService<DailyRoundService>();

        var round = await daily.PostAsync(channel.Id, null, CancellationToken.None);
        var post = Assert.Single(fake.Matching("POST", $"/channels/{InteractionJson.ChannelId}/messages"));
        using var postBody = JsonDocument.Parse(post.Body);
        var buttonId = CustomIds(postBody.RootElement)[0];
        using var click = await host.PostSignedAsync(InteractionJson.Click(buttonId, flags: 0));
        var clickBody = await InteractionJson.ReadAsync(click);
        using var again = await host.PostSignedAsync(InteractionJson.Click(CustomIds(postBody.RootElement)[1], flags: 0));
        var againBody = await InteractionJson.ReadAsync(again);
        await WaitUntilAsync(() => fake.Matching("PATCH", "/messages/").Count > 0);
        host.Time.Advance(TimeSpan.FromMinutes(61));
        using var late = await host.PostSignedAsync(InteractionJson.Click(buttonId, userId: "222222222222222222", flags: 0));
        var lateBody = await InteractionJson.ReadAsync(late);

        Assert.True(setup.IsSuccessStatusCode);
        Assert.NotNull(round?.MessageRef);
        Assert.Equal("Bot test-token", post.Authorization);
        Assert.StartsWith("DiscordBot (", post.UserAgent);
        Assert.Equal(0, postBody.RootElement.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal("round-" + round!.Id, postBody.RootElement.GetProperty("nonce").GetString());
        Assert.True(postBody.RootElement.GetProperty("enforce_nonce").GetBoolean());
        Assert.Equal(4, clickBody.GetProperty("type").GetInt32());
        Assert.Equal(64, clickBody.GetProperty("data").GetProperty("flags").GetInt32());
        // Discord shows the reveal time in each reader's own zone: timestamp markup, not a clock time in the channel's zone.
        Assert.Equal($"Recorded {buttonId[^1]}. The answer is revealed at <t:{host.Rounds.Single().ClosesAt.ToUnixTimeSeconds()}:t>.",
            clickBody.GetProperty("data").GetProperty("content").GetString());
        Assert.Contains($"already answered {buttonId[^1]}", againBody.GetProperty("data").GetProperty("content").GetString());
        Assert.Single(host.Answers);
        using var refreshed = JsonDocument.Parse(fake.Matching("PATCH", "/messages/")[0].Body);
        Assert.Contains("1 answer · answer revealed <t:", refreshed.RootElement.GetProperty("content").GetString());
        Assert.StartsWith("This question is closed", lateBody.GetProperty("data").GetProperty("content").GetString());
        Assert.Single(host.Answers);
    }

    [Fact]
    public async Task DailyRound_Revealed_ButtonsClosedAndRevealRepliesToTheQuestion()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(DiscordTestHost.Settings(fake.BaseUrl));
        await host.PostSignedAsync(InteractionJson.Command("setup", permissions: InteractionJson.AdminPermissions,
            options: InteractionJson.Subcommand("daily", InteractionJson.Options(("time", "09:00"), ("timezone", "UTC"), ("exam", "MLS-C01")))));
        var daily = host.App.Services.GetRequiredService<DailyRoundService>();
        var round = await daily.PostAsync(host.Channels.Single().Id, null, CancellationToken.None);
        host.Time.Advance(TimeSpan.FromHours(9));

        await daily.RevealAsync(round!.Id, CancellationToken.None);

        var edit = Assert.Single(fake.Matching("PATCH", $"/messages/{round.MessageRef}"));
        using var editBody = JsonDocument.Parse(edit.Body);
        Assert.Equal(0, editBody.RootElement.GetProperty("components").GetArrayLength());
        var closed = editBody.RootElement.GetProperty("content").GetString()!;
        Assert.Contains("Closed · 0 answers.", closed, StringComparison.Ordinal);
        Assert.Contains("✅ **Answer:** ", closed, StringComparison.Ordinal);
        Assert.Contains(": XGBoost", closed, StringComparison.Ordinal);
        var reveal = fake.Matching("POST", "/messages").Last();
        using var revealBody = JsonDocument.Parse(reveal.Body);
        Assert.Equal(round.MessageRef, revealBody.RootElement.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Contains(": XGBoost", revealBody.RootElement.GetProperty("content").GetString());
    }

    [Fact]
    public async Task DailyClicks_Burst_RefreshesCountOncePerInterval()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(DiscordTestHost.Settings(fake.BaseUrl));
        await host.PostSignedAsync(InteractionJson.Command("setup", permissions: InteractionJson.AdminPermissions,
            options: InteractionJson.Subcommand("daily", InteractionJson.Options(("time", "09:00"), ("timezone", "UTC"), ("exam", "MLS-C01")))));
        var daily = host.App.Services.GetRequiredService<DailyRoundService>();
        var round = await daily.PostAsync(host.Channels.Single().Id, null, CancellationToken.None);

        for (var i = 0; i < 5; i++)
        {
            await host.PostSignedAsync(InteractionJson.Click($"d:{round!.Id}:A", userId: $"30000000000000000{i}", flags: 0));
        }

        // However the background refreshes interleave with the clicks, one edit goes out at once and at most one more,
        // only after the interval; the last edit shows every answer.
        await WaitUntilAsync(() => fake.Matching("PATCH", "/messages/").Count >= 1);
        await Task.Delay(300);
        var beforeInterval = fake.Matching("PATCH", "/messages/").Count;
        host.Time.Advance(RoundCountRefresher.Interval);
        await WaitUntilAsync(() => fake.Matching("PATCH", "/messages/")[^1].Body.Contains("5 answers", StringComparison.Ordinal));
        await Task.Delay(300);

        Assert.Equal(5, host.Answers.Count);
        Assert.Equal(1, beforeInterval);
        Assert.InRange(fake.Matching("PATCH", "/messages/").Count, 1, 2);
    }

    [Fact]
    public async Task SetupPostNow_Admin_DefersAndFinishesThroughWebhook()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(DiscordTestHost.Settings(fake.BaseUrl));
        await host.PostSignedAsync(InteractionJson.Command("setup", permissions: InteractionJson.AdminPermissions,
            options: InteractionJson.Subcommand("daily", InteractionJson.Options(("time", "09:00"), ("timezone", "UTC")))));

        using var response = await host.PostSignedAsync(InteractionJson.Command("setup", permissions: InteractionJson.AdminPermissions, options: InteractionJson.Subcommand("post-now")));
        var body = await InteractionJson.ReadAsync(response);
        await WaitUntilAsync(() => fake.Matching("PATCH", "/messages/@original").Count > 0);

        Assert.Equal(5, body.GetProperty("type").GetInt32());
        Assert.Single(fake.Matching("POST", "/channels/"));
        var edit = Assert.Single(fake.Matching("PATCH", "/messages/@original"));
        Assert.Equal(string.Empty, edit.Authorization);
        Assert.Contains("/webhooks/1000/token-", edit.Path);
    }

    [Theory]
    [InlineData("help", "StudyBot")]
    [InlineData("daily", "The daily question is not set up here yet. An admin can run `/setup daily time:09:00 timezone:Europe/Berlin`.")]
    [InlineData("leaderboard", "No points yet")]
    [InlineData("stats", "No answers yet")]
    [InlineData("nosuchcommand", "I don't know the command 'nosuchcommand'.")]
    public async Task Command_Simple_AnswersPolitely(string command, string expected)
    {
        await using var host = await DiscordTestHost.StartAsync();

        using var response = await host.PostSignedAsync(InteractionJson.Command(command));
        var body = await InteractionJson.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Contains(expected, body.GetProperty("data").GetProperty("content").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, body.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task Stats_PrivacyHide_HidesCallerFromOthers()
    {
        await using var host = await DiscordTestHost.StartAsync();

        await host.PostSignedAsync(InteractionJson.Command("stats", options: InteractionJson.Options(("privacy", "hide"))));
        using var other = await host.PostSignedAsync(InteractionJson.Command("stats", userId: "444444444444444444",
            options: [new System.Text.Json.Nodes.JsonObject { ["name"] = "member", ["type"] = 6, ["value"] = "53908232506183680" }]));
        var body = await InteractionJson.ReadAsync(other);

        Assert.EndsWith("keeps their stats private.", body.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal(64, body.GetProperty("data").GetProperty("flags").GetInt32());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 800 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition(), "condition not reached in time");
    }
}
