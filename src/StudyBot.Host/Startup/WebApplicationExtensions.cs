using Microsoft.Extensions.Options;

namespace StudyBot.Host.Startup;

public static class WebApplicationExtensions
{
    /// <summary>Runs the bot; a bad setting or a broken bank ends it with a message that names the key or the file.</summary>
    public static async Task<int> RunUntilStoppedAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"Invalid configuration: {string.Join("; ", ex.Failures)}");
            return 3;
        }
        catch (QuestionBankException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 4;
        }
    }
}
