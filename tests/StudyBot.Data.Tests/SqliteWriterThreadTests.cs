using StudyBot.Data.Providers;

namespace StudyBot.Data.Tests;

public sealed class SqliteWriterThreadTests
{
    [Fact]
    public async Task RunAsync_ManyCallers_RunsOneAtATimeInTheOrderQueued()
    {
        using var sut = new SqliteWriterThread();
        var running = 0;
        var overlapped = false;
        var order = new List<int>();

        var all = Enumerable.Range(0, 200).Select(i => sut.RunAsync(() =>
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            order.Add(i);
            Thread.SpinWait(200);
            Interlocked.Decrement(ref running);
            return Task.FromResult(i * 2);
        }, CancellationToken.None)).ToList();
        var results = await Task.WhenAll(all);

        Assert.False(overlapped);
        Assert.Equal(Enumerable.Range(0, 200), order);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => i * 2), results);
    }

    [Fact]
    public async Task RunAsync_FailingWrite_FailsOnlyItsCallerAndTheNextStillRuns()
    {
        using var sut = new SqliteWriterThread();

        var failed = sut.RunAsync<int>(() => throw new InvalidOperationException("boom"), CancellationToken.None);
        var next = sut.RunAsync(() => Task.FromResult(7), CancellationToken.None);

        Assert.Equal("boom", (await Assert.ThrowsAsync<InvalidOperationException>(() => failed)).Message);
        Assert.Equal(7, await next);
    }

    [Fact]
    public async Task RunAsync_CancelledWhileQueued_IsCancelledAndNeverRuns()
    {
        using var sut = new SqliteWriterThread();
        using var gate = new ManualResetEventSlim();
        using var cancel = new CancellationTokenSource();
        var ran = false;

        var blocker = sut.RunAsync(() => Task.FromResult(gate.Wait(TimeSpan.FromSeconds(10))), CancellationToken.None);
        var queued = sut.RunAsync(() => Task.FromResult(ran = true), cancel.Token);
        cancel.Cancel();
        gate.Set();

        Assert.True(await blocker);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued);
        Assert.False(ran);
    }

    [Fact]
    public async Task RunAsync_AfterDispose_FailsPolitelyInsteadOfHanging()
    {
        var sut = new SqliteWriterThread();
        sut.Dispose();

        var late = sut.RunAsync(() => Task.FromResult(1), CancellationToken.None);

        await Assert.ThrowsAsync<ObjectDisposedException>(() => late);
    }
}
