using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.Host.Startup;

namespace StudyBot.Bench.DailyPost;

/// <summary>
/// The real host, composed as <c>Program.cs</c> does (<c>AddStudyBot()</c>, <c>MapStudyBot()</c>), configured for a SQLite
/// file and the fake Discord; channels set up as their admin does, with <c>setup daily</c> through the command router.
/// </summary>
public static class BenchHost
{
    public const string ApplicationId = "1100000000000000001";
    // A real Ed25519 point (the public key of RFC 8032's first test vector): start-up refuses 64 hex characters that are not one.
    public const string PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    public const string BotToken = "bench-token";
    public const string AdminUserId = "1300000000000000001";

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

    /// <summary>The host as <c>Program.cs</c> composes it (<c>AddStudyBot()</c>, <c>MapStudyBot()</c>), with the bench's settings.</summary>
    public static WebApplication Build(IReadOnlyDictionary<string, string> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings
            .Where(s => !s.Key.StartsWith("ASPNETCORE_", StringComparison.Ordinal))
            .Select(s => KeyValuePair.Create(s.Key.Replace("__", ":", StringComparison.Ordinal), (string?)s.Value))
            .Append(KeyValuePair.Create("urls", (string?)"http://127.0.0.1:0")));
        builder.AddStudyBot();
        var app = builder.Build();
        app.MapStudyBot();
        return app;
    }

    public static string ExternalChannelId(int index) => (1_200_000_000_000_000_000L + index).ToString(CultureInfo.InvariantCulture);

    /// <summary>The admin of every bench channel as the Discord adapter would describe them: Manage Server, in that channel.</summary>
    public static Actor Admin(int index) => new(
        Platform.Discord,
        AdminUserId,
        "Bench admin",
        new Place(PlaceKind.Channel, "bench-guild-" + (index / 100), "Bench guild", ExternalChannelId(index), "daily-" + index),
        PlatformAdmin: true);

    /// <summary>
    /// Registers the channels (as the first event from each does, through <see cref="ActorResolver"/>) and sets each one's
    /// daily question with the admin's <c>setup daily HH:mm UTC daily</c> through <see cref="CommandRouter"/> (as
    /// <c>/setup daily</c> does, so Quartz holds one cron trigger per channel) at a UTC minute far enough ahead that the
    /// set-up ends before it; the pace of the first channels tells how far. Returns the post time.
    /// </summary>
    public static async Task<DateTimeOffset> SetUpChannelsAsync(IServiceProvider services, int count, TimeSpan extraLead, TextWriter log, CancellationToken cancellationToken)
    {
        await RegisterChannelsAsync(services, count, cancellationToken);
        var router = services.GetRequiredService<CommandRouter>();
        var probe = Math.Min(count, 50);
        var far = SetupDaily(DateTimeOffset.UtcNow.AddHours(12));
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < probe; i++)
        {
            await ConfigureAsync(router, i, far, cancellationToken);
        }

        var perChannel = watch.Elapsed / probe;
        var lead = perChannel * count * 1.5 + extraLead + TimeSpan.FromSeconds(10);
        var at = DateTimeOffset.UtcNow + lead;
        var postAt = new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, TimeSpan.Zero).AddMinutes(1);
        log.WriteLine($"set-up: {perChannel.TotalMilliseconds:0.0} ms per channel; posting at {postAt:HH:mm:ss} UTC");
        var setup = SetupDaily(postAt);
        watch.Restart();
        for (var i = 0; i < count; i++)
        {
            await ConfigureAsync(router, i, setup, cancellationToken);
        }

        log.WriteLine($"set-up: {count} channels scheduled in {watch.Elapsed.TotalSeconds:0.0} s, {(postAt - DateTimeOffset.UtcNow).TotalSeconds:0} s before the post time");
        return postAt;
    }

    /// <summary>The channels registered (community and channel, on first sight), without a schedule yet; their ids in order.</summary>
    public static async Task<IReadOnlyList<long>> RegisterChannelsAsync(IServiceProvider services, int count, CancellationToken cancellationToken)
    {
        var actors = services.GetRequiredService<ActorResolver>();
        var ids = new List<long>(count);
        for (var i = 0; i < count; i++)
        {
            var (channel, _) = await actors.PlaceAsync(Platform.Discord, Admin(i).Place, cancellationToken);
            ids.Add(channel?.Id ?? throw new InvalidOperationException($"channel {ExternalChannelId(i)} was not registered"));
        }

        return ids;
    }

    /// <summary>The admin's command: every day at the post time (UTC), all exams, the answer revealed after the default 8 hours.</summary>
    public static CommandInvocation SetupDaily(DateTimeOffset postAt)
    {
        var parsed = CommandParser.ParseText($"setup daily {postAt.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC daily");
        return parsed.Invocation ?? throw new InvalidOperationException("set-up command refused: " + parsed.Error!.Text.Render(CommandParser.Format));
    }

    /// <summary>Runs <paramref name="setup"/> as the admin of channel <paramref name="index"/>.</summary>
    public static async Task ConfigureAsync(CommandRouter router, int index, CommandInvocation setup, CancellationToken cancellationToken)
    {
        var result = await router.RunAsync(Admin(index), setup, cancellationToken);
        if (result is not NoticeResult { Notice: { Ok: true } })
        {
            throw new InvalidOperationException("set-up refused: " + (result is NoticeResult refused ? refused.Notice.Text.Render(CommandParser.Format) : result.GetType().Name));
        }
    }
}
