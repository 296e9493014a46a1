using Microsoft.Extensions.Options;

namespace StudyBot.Host.Startup;

public static class WebApplicationExtensions
{
    /// <summary>
    /// Runs the bot. A mistake a person can fix (a setting, the bank, the database, the port) ends it with one line on
    /// standard error that names what to change, and an exit code from <see cref="Cli.ExitCodes"/>.
    /// </summary>
    public static async Task<int> RunUntilStoppedAsync(this WebApplication app)
    {
        try
        {
            if (await StartupPreflight.RunAsync(app, app.Lifetime.ApplicationStopping) is { } failure)
            {
                await Console.Error.WriteLineAsync(failure.Message);
                return failure.ExitCode;
            }

            await app.RunAsync();
            return Cli.ExitCodes.Success;
        }
        catch (Exception ex) when (StartupFailure.Describe(ex) is { } failure)
        {
            await Console.Error.WriteLineAsync(failure.Message);
            return failure.ExitCode;
        }
    }
}
