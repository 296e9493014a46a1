using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using StudyBot.BotFramework;
using StudyBot.Data;
using StudyBot.Discord;
using StudyBot.Data.Providers;
using StudyBot.Host.Cli;
using StudyBot.Host.Scheduling;

namespace StudyBot.Host.Startup;

/// <summary>One block, once everything listens: where the bot is, what it runs on, which adapters are on, what to do next.</summary>
internal sealed class StartupSummary(
    IServer server,
    DatabaseSettings database,
    StartupState state,
    QuestionBank bank,
    IChannelStore channelStore,
    IOptions<DiscordOptions> discord,
    IOptions<BotFrameworkOptions> botFramework,
    IOptions<SchedulingOptions> scheduling,
    ILogger<StartupSummary> logger) : IHostedLifecycleService
{
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var urls = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        var url = urls.FirstOrDefault() ?? HostingExtensions.DefaultUrl;
        int channels;
        try
        {
            channels = (await channelStore.ListScheduledChannelsAsync(cancellationToken)).Count;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped while starting: there is nothing running to sum up.
            return;
        }

        var exams = BankReport.Create(bank).Exams;
        var d = discord.Value;
        var teams = botFramework.Value;

        var text = new StringBuilder();
        text.AppendLine("StudyBot is running");
        text.AppendLine($"  URL         {string.Join(", ", urls.DefaultIfEmpty(url))}  (GET / lists the endpoints; --urls changes it)");
        text.AppendLine($"  Database    {Database()}; {(state.AppliedMigrations.Count == 0 ? "migrations up to date" : $"{state.AppliedMigrations.Count} migration(s) applied now")}");
        text.AppendLine($"  Bank        {bank.Count} questions: {string.Join(", ", exams.Select(e => $"{e.Code} {e.Total}"))}");
        text.AppendLine($"  Discord     {(!d.IsConfigured ? "off (set Discord:ApplicationId, Discord:PublicKey, Discord:BotToken)" : d.UsesGateway ? "gateway (outbound WebSocket)" : $"HTTP interactions at POST {DiscordInteractionsEndpoint.Route}")}");
        text.AppendLine($"  Teams       {(teams.DevelopmentMode ? $"local development mode at POST {BotFrameworkExtensions.MessagesPath} (loopback callers only)" : $"App ID {teams.AppId} at POST {BotFrameworkExtensions.MessagesPath}")}");
        text.AppendLine($"  Scheduling  {(scheduling.Value.Clustered ? "clustered" : "single instance")}, {channels} channel(s) with a daily question");
        text.Append("  Next        ").Append(NextStep(d, teams, channels, url));
        logger.LogInformation("{Summary}", new Logging.TrustedText(text.ToString()));
    }

    private string Database() => database.Location();

    private static string NextStep(DiscordOptions discord, BotFrameworkOptions teams, int channels, string url)
    {
        if (!discord.IsConfigured && teams.DevelopmentMode)
        {
            return $"try it: 'dotnet run --project src/StudyBot.Host -- practice', or the Agents Playground against {url.TrimEnd('/')}{BotFrameworkExtensions.MessagesPath}; README: Connecting Discord / Teams";
        }

        return channels == 0
            ? "in a channel, an admin runs '/setup daily time:09:00 timezone:Europe/Berlin' (Teams: '@StudyBot setup daily 09:00 Europe/Berlin')"
            : "nothing: the daily questions are scheduled; /health/ready and /metrics show how it goes";
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
