using Microsoft.Extensions.Logging.Abstractions;

namespace StudyBot.Engine.Tests;

public sealed class BackgroundWorkTests
{
    [Fact]
    public async Task Run_FailingWork_IsLoggedNotThrown_AndLeavesTheCount()
    {
        var sut = new BackgroundWork(NullLogger<BackgroundWork>.Instance);
        var ran = new TaskCompletionSource();

        sut.Run("failing", _ =>
        {
            ran.SetResult();
            throw new InvalidOperationException("boom");
        });
        await ran.Task;
        for (var wait = 0; wait < 200 && sut.Count > 0; wait++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(0, sut.Count);
    }

    [Fact]
    public async Task Drain_WaitsForRunningWork_AndCancelsIt()
    {
        var sut = new BackgroundWork(NullLogger<BackgroundWork>.Instance);
        var started = new TaskCompletionSource();
        var cancelled = false;
        sut.Run("long", async stopping =>
        {
            started.SetResult();
            try
            {
                await Task.Delay(TimeSpan.FromMinutes(1), stopping);
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
                throw;
            }
        });
        await started.Task;

        await sut.DrainAsync(TimeSpan.FromSeconds(5));

        Assert.True(cancelled);
        Assert.Equal(0, sut.Count);
    }
}
