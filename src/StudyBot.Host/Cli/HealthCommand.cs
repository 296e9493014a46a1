using System.CommandLine;

namespace StudyBot.Host.Cli;

/// <summary>
/// <c>health</c>: asks a running bot's <c>/health/ready</c>, for a container HEALTHCHECK (the runtime image has no curl).
/// Runs without building a host, so it costs a few milliseconds.
/// </summary>
internal static class HealthCommand
{
    public static Command Build()
    {
        var url = new Option<string?>("--url") { Description = "The bot's base URL; default: the first of ASPNETCORE_URLS, else http://localhost:3978.", HelpName = "URL" };
        var command = new Command("health", "Check a running bot: exit 0 when /health/ready answers 200, 1 otherwise.") { url };
        command.SetAction(async (parse, ct) =>
        {
            var target = new Uri(new Uri(BaseUrl(parse.GetValue(url))), "/health/ready");
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            try
            {
                using var response = await http.GetAsync(target, ct);
                await parse.InvocationConfiguration.Output.WriteLineAsync($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
                return response.IsSuccessStatusCode ? ExitCodes.Success : ExitCodes.Problems;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"{target} did not answer: {ex.Message}");
                return ExitCodes.Problems;
            }
        });
        return command;
    }

    private static string BaseUrl(string? given)
    {
        var first = given ?? Environment.GetEnvironmentVariable("ASPNETCORE_URLS")?.Split(';', StringSplitOptions.RemoveEmptyEntries)[0] ?? Startup.HostingExtensions.DefaultUrl;
        return first.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://[::1]", StringComparison.Ordinal);
    }
}
