using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Tests;

public sealed class DiscordRateLimiterTests
{
    private static HttpResponseHeaders Headers(string bucket, int remaining, double resetAfter)
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("X-RateLimit-Bucket", bucket);
        response.Headers.Add("X-RateLimit-Remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
        response.Headers.Add("X-RateLimit-Reset-After", resetAfter.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return response.Headers;
    }

    private static DiscordRateLimiter Create(FakeTimeProvider time, int perSecond = 50) =>
        new(time, Options.Create(new DiscordOptions { GlobalRequestsPerSecond = perSecond }));

    [Fact]
    public void Learn_TwoRoutesSameBucketHash_ShareOneBucketPerResource()
    {
        var sut = Create(new FakeTimeProvider());
        var a = sut.GetBucket("POST /a/{id}", "1");
        var b = sut.GetBucket("PATCH /b/{id}", "1");

        sut.Learn("POST /a/{id}", "1", a, Headers("h1", 4, 1));
        sut.Learn("PATCH /b/{id}", "1", b, Headers("h1", 3, 1));

        Assert.NotSame(a, b);
        Assert.Same(sut.GetBucket("POST /a/{id}", "1"), sut.GetBucket("PATCH /b/{id}", "1"));
        Assert.NotSame(sut.GetBucket("POST /a/{id}", "1"), sut.GetBucket("POST /a/{id}", "2"));
        Assert.Same(sut.GetBucket("POST /a/{id}", "2"), sut.GetBucket("PATCH /b/{id}", "2"));
    }

    [Fact]
    public async Task WaitForBucket_NoneRemaining_WaitsUntilReset()
    {
        var time = new FakeTimeProvider();
        var sut = Create(time);
        var bucket = sut.GetBucket("POST /a/{id}", "1");
        sut.Learn("POST /a/{id}", "1", bucket, Headers("h1", 0, 2.5));

        var wait = sut.WaitForBucketAsync(bucket, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(2));
        var stillWaiting = !wait.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));
        await wait.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(stillWaiting);
        Assert.True(wait.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WaitGlobal_LimitReached_WaitsAWindowAfterTheOldestResponse()
    {
        var time = new FakeTimeProvider();
        var sut = Create(time, perSecond: 2);
        sut.Complete(await sut.WaitGlobalAsync(true, CancellationToken.None));
        sut.Complete(await sut.WaitGlobalAsync(true, CancellationToken.None));

        var third = sut.WaitGlobalAsync(true, CancellationToken.None);
        var exempt = sut.WaitGlobalAsync(false, CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(900));
        var blockedAt900 = !third.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(200));
        await third.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(exempt.IsCompletedSuccessfully);
        Assert.True(blockedAt900);
        Assert.NotNull(await third);
    }

    [Fact]
    public async Task PauseGlobal_HoldsEvenExemptRequests()
    {
        var time = new FakeTimeProvider();
        var sut = Create(time);
        sut.PauseGlobal(TimeSpan.FromSeconds(3));

        var exempt = sut.WaitGlobalAsync(false, CancellationToken.None);
        var blocked = !exempt.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(3));
        await exempt.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(blocked);
        Assert.Null(await exempt);
    }
}
