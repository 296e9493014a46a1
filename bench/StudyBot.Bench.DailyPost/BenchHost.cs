using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.BotFramework;
using StudyBot.Data;
using StudyBot.Discord;
using StudyBot.Engine.Model;
using StudyBot.Host.Scheduling;
using StudyBot.Host.Startup;

namespace StudyBot.Bench.DailyPost;

/// <summary>The real host, composed as <c>Program.cs</c> does, configured for a SQLite file and the fake Discord.</summary>
public static class BenchHost
{
    public const string ApplicationId = "1100000000000000001";
    public const string PublicKey = "0b7a8c1d2e3f405162738495a6b7c8d9eafb0c1d2e3f405162738495a6b7c8d9";
    public const string BotToken = "bench-token";

    /// <summary>The host's settings as environment variables (the child process) or configuration keys (in process).</summary>
    public static Dictionary<string, string> Settings(string databaseFile, string apiBaseUrl) => new(StringComparer.Ordinal)
    {
        ["Database__Provider"] = "Sqlite",
        ["ConnectionStrings__StudyBot"] = $"Data Source={databaseFile}",
        ["Questions__Path"] = Path.Combine(AppContext.BaseDirectory, "questions"),
        ["Discord__ApplicationId"] = ApplicationId,
        ["Discord__PublicKey"] = PublicKey,
        ["Discord__BotToken"] = BotToken,
        ["Discord__ApiBaseUrl"] = apiBaseUrl,
        // Ten thousand "Posted round" lines would measure the console, not the scheduler.
        ["Logging__LogLevel__Default"] = "Warning",
        ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
    };

    public static WebApplication Build(IReadOnlyDictionary<string, string> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings
            .Where(s => !s.Key.StartsWith("ASPNETCORE_", StringComparison.Ordinal))
            .Select(s => KeyValuePair.Create(s.Key.Replace("__", ":", StringComparison.Ordinal), (string?)s.Value))
            .Append(KeyValuePair.Create("urls", (string?)"http://127.0.0.1:0")));
        builder.AddStudyBotCore();
        builder.AddStudyBotData();
        builder.AddStudyBotDiscord();
        builder.AddStudyBotBotFramework();
        builder.AddStudyBotScheduling();
        return builder.Build();
    }

    public static string ExternalChannelId(int index) => (1_200_000_000_000_000_000L + index).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Registers the channels and sets each one's daily question through <see cref="ChannelSetupService"/> (as
    /// <c>/setup daily</c> does, so Quartz holds one cron trigger per channel) at a UTC minute far enough ahead that the
    /// set-up ends before it; the pace of the first channels tells how far. Returns the post time.
    /// </summary>
    public static async Task<DateTimeOffset> SetUpChannelsAsync(IServiceProvider services, int count, TimeSpan extraLead, TextWriter log, CancellationToken cancellationToken)
    {
        var setup = services.GetRequiredService<ChannelSetupService>();
        var channels = new List<Channel>(count);
        for (var i = 0; i < count; i++)
        {
            channels.Add(await setup.RegisterAsync(Platform.Discord, "bench-guild-" + (i / 100), "Bench guild", ExternalChannelId(i), "daily-" + i, cancellationToken));
        }

        var probe = Math.Min(count, 50);
        var far = DateTimeOffset.UtcNow.AddHours(12);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < probe; i++)
        {
            await ConfigureAsync(setup, channels[i], far, cancellationToken);
        }

        var perChannel = watch.Elapsed / probe;
        var lead = perChannel * count * 1.5 + extraLead + TimeSpan.FromSeconds(10);
        var at = DateTimeOffset.UtcNow + lead;
        var postAt = new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, TimeSpan.Zero).AddMinutes(1);
        log.WriteLine($"set-up: {perChannel.TotalMilliseconds:0.0} ms per channel; posting at {postAt:HH:mm:ss} UTC");
        watch.Restart();
        foreach (var channel in channels)
        {
            await ConfigureAsync(setup, channel, postAt, cancellationToken);
        }

        log.WriteLine($"set-up: {count} channels scheduled in {watch.Elapsed.TotalSeconds:0.0} s, {(postAt - DateTimeOffset.UtcNow).TotalSeconds:0} s before the post time");
        return postAt;
    }

    private static async Task ConfigureAsync(ChannelSetupService setup, Channel channel, DateTimeOffset postAt, CancellationToken cancellationToken)
    {
        var notice = await setup.ConfigureDailyAsync(channel, true, new DailySettings($"{postAt:HH:mm}", "UTC", "daily", null, null), cancellationToken);
        if (!notice.Ok)
        {
            throw new InvalidOperationException("set-up refused: " + notice.Message);
        }
    }
}
