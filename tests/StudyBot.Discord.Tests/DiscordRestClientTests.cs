using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Tests;

public sealed class DiscordRestClientTests
{
    private static (DiscordRestClient Client, DiscordRestCounters Counters) Create(FakeDiscordRestServer fake, int globalPerSecond = 50, TimeSpan? timeout = null)
    {
        var options = Options.Create(new DiscordOptions
        {
            ApplicationId = "1000",
            BotToken = "test-token",
            PublicKey = TestSigner.PublicKeyHex,
            ApiBaseUrl = fake.BaseUrl,
            GlobalRequestsPerSecond = globalPerSecond,
            RequestTimeout = timeout ?? TimeSpan.FromSeconds(15),
        });
        var counters = new DiscordRestCounters();
        var client = new DiscordRestClient(new HttpClient(), new DiscordRateLimiter(TimeProvider.System, options), counters, options, TimeProvider.System,
            NullLogger<DiscordRestClient>.Instance);
        return (client, counters);
    }

    private static DiscordMessage Text(string content, string? nonce = null) => new() { Content = content, Nonce = nonce, EnforceNonce = nonce is null ? null : true };

    [Fact]
    public async Task CreateMessage_BurstOf300_NoneOverTheLimitAndNoneLost()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        var (sut, counters) = Create(fake);
        var watch = Stopwatch.StartNew();

        var ids = await Task.WhenAll(Enumerable.Range(0, 300).Select(i =>
            sut.CreateMessageAsync($"70000000000000000{i % 6}", Text($"post {i}", $"n{i}"), null, CancellationToken.None)));

        Assert.Equal(0, fake.OverLimit);
        Assert.Equal(0, counters.RateLimited);
        Assert.Equal(300, ids.Distinct().Count());
        Assert.Equal(300, fake.Messages.Count);
        Assert.Equal(300, fake.Requests.Count);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(4.5), $"300 requests at 50/s took only {watch.Elapsed}");
    }

    [Fact]
    public async Task CreateMessage_OneChannelTightBucket_WaitsForResetInsteadOf429()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        fake.BucketLimit = 5;
        fake.BucketWindow = TimeSpan.FromMilliseconds(150);
        fake.GlobalLimit = 1000;
        var (sut, _) = Create(fake, globalPerSecond: 1000);

        var ids = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            sut.CreateMessageAsync("700000000000000001", Text($"post {i}"), null, CancellationToken.None)));

        Assert.Equal(0, fake.OverLimit);
        Assert.Equal(40, ids.Distinct().Count());
    }

    [Fact]
    public async Task Send_Global429_WaitsRetryAfterAndCounts()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        fake.FailNext.Enqueue(429);
        fake.GlobalRetryAfterSeconds = 0.4;
        var (sut, counters) = Create(fake);
        var watch = Stopwatch.StartNew();

        var id = await sut.CreateMessageAsync("700000000000000001", Text("hi"), null, CancellationToken.None);

        Assert.NotEmpty(id);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(380), watch.Elapsed.ToString());
        Assert.Equal(1, counters.RateLimited);
        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task Send_ServerErrors_RetriedThenSucceeds()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        fake.FailNext.Enqueue(500);
        fake.FailNext.Enqueue(502);
        var (sut, _) = Create(fake);

        var id = await sut.CreateMessageAsync("700000000000000001", Text("hi"), null, CancellationToken.None);

        Assert.NotEmpty(id);
        Assert.Equal(3, fake.Requests.Count);
    }

    [Fact]
    public async Task Send_Timeout_RetriedThenSucceeds()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        fake.DelayNext.Enqueue(TimeSpan.FromSeconds(3));
        var (sut, _) = Create(fake, timeout: TimeSpan.FromMilliseconds(300));

        var id = await sut.CreateMessageAsync("700000000000000001", Text("hi", "n1"), null, CancellationToken.None);

        Assert.NotEmpty(id);
        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task Send_ServerErrorsBeyondRetries_Throws()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            fake.FailNext.Enqueue(503);
        }

        var (sut, _) = Create(fake);

        var ex = await Assert.ThrowsAsync<DiscordRestException>(() => sut.CreateMessageAsync("700000000000000001", Text("hi"), null, CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.Status);
        Assert.Equal(4, fake.Requests.Count);
    }

    [Fact]
    public async Task Send_Unauthorized_StopsUsingTheTokenButWebhooksStillWork()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        fake.FailNext.Enqueue(401);
        var (sut, counters) = Create(fake);

        await Assert.ThrowsAsync<DiscordRestException>(() => sut.CreateMessageAsync("700000000000000001", Text("hi"), null, CancellationToken.None));
        await Assert.ThrowsAsync<DiscordRestException>(() => sut.CreateMessageAsync("700000000000000001", Text("again"), null, CancellationToken.None));
        await sut.EditOriginalResponseAsync("tok", Text("done"), CancellationToken.None);

        Assert.True(sut.TokenRejected);
        Assert.Equal(1, counters.Unauthorized);
        Assert.Equal(2, fake.Requests.Count);
        Assert.Equal(string.Empty, fake.Requests.Last().Authorization);
    }

    [Fact]
    public async Task Send_Forbidden_IsCountedAndThrown()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        fake.FailNext.Enqueue(403);
        var (sut, counters) = Create(fake);

        var ex = await Assert.ThrowsAsync<DiscordRestException>(() => sut.EditMessageAsync("700000000000000001", "5", Text("hi"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, ex.Status);
        Assert.Equal(1, counters.Forbidden);
        Assert.False(sut.TokenRejected);
    }

    [Fact]
    public async Task Publisher_DigestWithChart_SendsMultipartWithAttachment()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        var (client, _) = Create(fake);
        var sut = new DiscordChannelPublisher(client);
        var board = new LeaderboardView("Leaderboard — this week, #study", "this week", "#study", [], null, 0);
        var digest = new DigestView(board, 3, 9, 5, [], null, null, null, [0x89, 0x50, 0x4E, 0x47]);

        await sut.PublishDigestAsync(new Channel { ExternalId = "700000000000000001" }, digest, CancellationToken.None);

        var post = Assert.Single(fake.Requests);
        Assert.StartsWith("multipart/form-data", post.ContentType);
        Assert.Equal("digest.png", post.FileName);
        using var payload = JsonDocument.Parse(post.Body);
        Assert.Equal("digest.png", payload.RootElement.GetProperty("attachments")[0].GetProperty("filename").GetString());
        Assert.Equal("attachment://digest.png", payload.RootElement.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
        Assert.Equal(0, payload.RootElement.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task Publisher_SameRoundTwice_DedupedByNonce()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        var (client, _) = Create(fake);
        var sut = new DiscordChannelPublisher(client);
        var round = new RoundView(42, RoundKind.Daily, "t", QuestionType.Single, 1, "Q?", [new ChoiceView("A", "a"), new ChoiceView("B", "b")],
            1, "AIF-C01 D1", DateTimeOffset.UnixEpoch, "UTC", 0, null, null, false);
        var channel = new Channel { ExternalId = "700000000000000001" };

        var first = await sut.PublishRoundAsync(channel, round, CancellationToken.None);
        var second = await sut.PublishRoundAsync(channel, round, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(fake.Messages);
    }
}
