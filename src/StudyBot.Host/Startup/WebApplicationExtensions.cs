namespace StudyBot.Host.Startup;

public static class WebApplicationExtensions
{
    /// <summary>
    /// Runs the bot. A mistake a person can fix (a setting, the bank, the database, the port) ends it with one line on
    /// standard error that names what to change, and an exit code from <see cref="Cli.ExitCodes"/>. A stop signal at any
    /// moment ends it with exit code 0: during the preflight it cancels it; during the host's start it waits for the start
    /// to finish (cancelling Kestrel's bind or Quartz's start makes the host log a failure) and then stops in order.
    /// </summary>
    public static async Task<int> RunUntilStoppedAsync(this WebApplication app, StopSignals stopSignals)
    {
        try
        {
            var failure = await StartupPreflight.RunAsync(app, stopSignals.Token);
            if (stopSignals.Requested)
            {
                app.Logger.LogInformation("Stopped before start-up finished");
                return Cli.ExitCodes.Success;
            }

            if (failure is not null)
            {
                return await failure.ReportAsync(Console.Error);
            }

            await app.StartAsync();
            using (stopSignals.Token.Register(app.Lifetime.StopApplication))
            {
                await app.WaitForShutdownAsync();
            }

            await app.DisposeAsync();
            return Cli.ExitCodes.Success;
        }
        catch (Exception ex) when (stopSignals.Requested || app.Lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // Whatever start-up was doing when the stop came (a migration, Quartz opening its store) was cut short by it.
            app.Logger.LogInformation("Stopped during start-up ({Interrupted})", ex.GetType().Name);
            return Cli.ExitCodes.Success;
        }
        catch (Exception ex) when (StartupFailure.Describe(ex) is { } failure)
        {
            return await failure.ReportAsync(Console.Error);
        }
    }
}
