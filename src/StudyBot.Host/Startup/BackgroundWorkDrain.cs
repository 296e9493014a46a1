namespace StudyBot.Host.Startup;

/// <summary>At shutdown, lets the engine's background work (count refreshes, deferred replies) finish or stop.</summary>
internal sealed class BackgroundWorkDrain(BackgroundWork work, ILogger<BackgroundWorkDrain> logger) : IHostedService
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var running = work.Count;
        await work.DrainAsync(Grace);
        if (running > 0)
        {
            logger.LogInformation("Shutdown waited for {Count} background task(s); {Left} still running", running, work.Count);
        }
    }
}
