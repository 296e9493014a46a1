using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.BotFramework.Connector;

namespace StudyBot.BotFramework.Tests;

public sealed class TeamsOutboxTests
{
    private readonly BackgroundWork background = new(NullLogger<BackgroundWork>.Instance);

    [Fact]
    public async Task Enqueue_SendsOfOneConversation_RunInOrderOneAtATime()
    {
        var sut = new TeamsOutbox(background, NullLogger<TeamsOutbox>.Instance);
        var order = new ConcurrentQueue<int>();
        var running = 0;
        var overlapped = false;

        for (var i = 1; i <= 5; i++)
        {
            var n = i;
            sut.Enqueue("19:a", $"send {n}", async _ =>
            {
                overlapped |= Interlocked.Increment(ref running) > 1;
                await Task.Delay(30 - n * 5);
                order.Enqueue(n);
                Interlocked.Decrement(ref running);
            });
        }

        await WaitUntilAsync(() => order.Count == 5);

        Assert.Equal([1, 2, 3, 4, 5], order);
        Assert.False(overlapped);
    }

    [Fact]
    public async Task Enqueue_ReturnsBeforeTheSendRuns_AndAFailedSendDoesNotStopTheNext()
    {
        var sut = new TeamsOutbox(background, NullLogger<TeamsOutbox>.Instance);
        var release = new TaskCompletionSource();
        var done = new ConcurrentQueue<string>();

        sut.Enqueue("19:a", "slow", async _ => { await release.Task; throw new ConnectorException(503, "down"); });
        sut.Enqueue("19:a", "next", _ => { done.Enqueue("next"); return Task.CompletedTask; });
        sut.Enqueue("19:b", "other conversation", _ => { done.Enqueue("other"); return Task.CompletedTask; });
        await WaitUntilAsync(() => done.Contains("other"));
        var beforeRelease = done.ToList();
        release.SetResult();
        await WaitUntilAsync(() => done.Contains("next") && sut.Pending == 0);

        Assert.Equal(["other"], beforeRelease);
        Assert.Equal(["other", "next"], done);
        Assert.Equal(0, sut.Pending);
    }

    [Fact]
    public async Task Enqueue_BeyondTheBound_DropsTheExtraSends()
    {
        var sut = new TeamsOutbox(background, NullLogger<TeamsOutbox>.Instance);
        var release = new TaskCompletionSource();
        var ran = 0;

        for (var i = 0; i < TeamsOutbox.MaxQueuedPerConversation + 10; i++)
        {
            sut.Enqueue("19:a", "send", async _ => { await release.Task; Interlocked.Increment(ref ran); });
        }

        var queued = sut.Pending;
        release.SetResult();
        await WaitUntilAsync(() => sut.Pending == 0);

        Assert.Equal(TeamsOutbox.MaxQueuedPerConversation, queued);
        Assert.Equal(TeamsOutbox.MaxQueuedPerConversation, ran);
    }

    [Fact]
    public async Task Drain_StopsWaitingSends()
    {
        var sut = new TeamsOutbox(background, NullLogger<TeamsOutbox>.Instance);
        var ran = new ConcurrentQueue<string>();
        sut.Enqueue("19:a", "first", async stopping => { await Task.Delay(Timeout.Infinite, stopping); });
        sut.Enqueue("19:a", "second", _ => { ran.Enqueue("second"); return Task.CompletedTask; });

        await background.DrainAsync(TimeSpan.FromSeconds(5));

        Assert.Empty(ran);
        Assert.Equal(0, sut.Pending);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition() && DateTime.UtcNow < until)
        {
            await Task.Delay(10);
        }
    }
}
