using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using StudyBot.Host.Scheduling;

namespace StudyBot.Bench.DailyPost;

/// <summary>The two runs: the host in this process, and the host as a child process killed half way and restarted.</summary>
public sealed class DailyPostBenchmark(int channels, TextWriter log) : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "studybot-bench-daily-" + Guid.NewGuid().ToString("N"));

    private string DatabaseFile => Path.Combine(_folder, "bench.db");

    /// <summary>The longest a run waits for its posts after the post time: three floors and two minutes.</summary>
    private TimeSpan Deadline => TimeSpan.FromSeconds(channels / 50.0 * 3 + 120);

    public async Task<BenchResult> RunInProcessAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_folder);
        await using var discord = await FakeDiscordServer.StartAsync(FakeDiscordLimits.Discord);
        await using var host = BenchHost.Build(BenchHost.Settings(DatabaseFile, discord.ApiBaseUrl));
        await host.StartAsync(cancellationToken);
        var postAt = await BenchHost.SetUpChannelsAsync(host.Services, channels, TimeSpan.Zero, log, cancellationToken);
        var delay = postAt - DateTimeOffset.UtcNow;
        if (delay > TimeSpan.FromSeconds(1))
        {
            await Task.Delay(delay - TimeSpan.FromSeconds(1), cancellationToken);
        }

        var load = LoadAverage();
        var cpu = CpuTime();
        await WaitForPostsAsync(discord, postAt, channels, cancellationToken);
        var result = Result("in-process host", discord, postAt, []) with { ProcessCpu = CpuTime() - cpu, Load = load + " -> " + LoadAverage() };
        await host.StopAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// For comparison: the same jobs' work run directly (<see cref="DailyPostService.PostIfDueAsync"/>, what
    /// <see cref="DailyPostJob"/> calls when Quartz fires it) by as many workers as Quartz has threads, with Quartz standing
    /// by; what is left is the engine, the store and the REST client.
    /// </summary>
    public async Task<BenchResult> RunDirectAsync(int workers, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_folder);
        await using var discord = await FakeDiscordServer.StartAsync(FakeDiscordLimits.Discord);
        await using var host = BenchHost.Build(BenchHost.Settings(DatabaseFile, discord.ApiBaseUrl));
        await host.StartAsync(cancellationToken);
        var router = host.Services.GetRequiredService<CommandRouter>();
        var postAt = DateTimeOffset.UtcNow.AddMinutes(-1);
        await (await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken)).Standby(cancellationToken);
        var ids = await BenchHost.RegisterChannelsAsync(host.Services, channels, cancellationToken);
        var setup = BenchHost.SetupDaily(postAt);
        for (var i = 0; i < channels; i++)
        {
            await BenchHost.ConfigureAsync(router, i, setup, cancellationToken);
        }

        var daily = host.Services.GetRequiredService<DailyPostService>();
        var load = LoadAverage();
        var cpu = CpuTime();
        var next = -1;
        var start = DateTimeOffset.UtcNow;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < ids.Count)
            {
                await daily.PostIfDueAsync(ids[i], manual: false, cancellationToken);
            }
        }, cancellationToken)));
        await WaitForPostsAsync(discord, start, channels, cancellationToken);
        var result = Result("in-process host, jobs run directly", discord, start, [$"{workers} workers calling DailyPostService.PostIfDueAsync; Quartz on standby; time from the first call"]) with
        {
            Trigger = "DailyPostService.PostIfDueAsync (DailyRoundService.PostAsync, then the reveal's Quartz trigger) called directly",
            ProcessCpu = CpuTime() - cpu,
            Load = load + " -> " + LoadAverage(),
        };
        await host.StopAsync(cancellationToken);
        return result;
    }

    public async Task<BenchResult> RunKilledAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_folder);
        await using var discord = await FakeDiscordServer.StartAsync(FakeDiscordLimits.Discord);
        var settings = BenchHost.Settings(DatabaseFile, discord.ApiBaseUrl);
        DateTimeOffset postAt;
        var setupWatch = Stopwatch.StartNew();
        await using (var setupHost = BenchHost.Build(settings))
        {
            // The channels are set up by a host in this process, which then stops; the child host's start-up
            // re-applies every schedule (as after any restart), so the post time leaves room for that too.
            await setupHost.StartAsync(cancellationToken);
            postAt = await BenchHost.SetUpChannelsAsync(setupHost.Services, channels, TimeSpan.FromSeconds(channels * 0.02 + 10), log, cancellationToken);
            await setupHost.StopAsync(cancellationToken);
        }

        var notes = new List<string>();
        var load = LoadAverage();
        var first = ChildHost.Start(settings, Path.Combine(_folder, "host-1.log"));
        Process? second = null;
        try
        {
            var half = channels / 2;
            var deadline = postAt + Deadline;
            while (discord.Created < half && DateTimeOffset.UtcNow < deadline)
            {
                if (first.HasExited)
                {
                    throw new InvalidOperationException($"the host exited early ({first.ExitCode}); see {Path.Combine(_folder, "host-1.log")}: {ChildHost.Tail(Path.Combine(_folder, "host-1.log"))}");
                }

                await Task.Delay(20, cancellationToken);
            }

            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync(cancellationToken);
            var killedAt = DateTimeOffset.UtcNow;
            var beforeKill = discord.Created;
            notes.Add($"kill -9 at {(killedAt - postAt).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s after the post time, {beforeKill} posts made; restarted at once");
            log.WriteLine($"killed the host after {beforeKill} posts; restarting");

            second = ChildHost.Start(settings, Path.Combine(_folder, "host-2.log"));
            load = LoadAverage();
            await WaitForPostsAsync(discord, postAt, channels, cancellationToken);
            notes.Add($"after the restart: {discord.Created - beforeKill} posts; set-up and first start took {setupWatch.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s before the run");
        }
        finally
        {
            ChildHost.Stop(first);
            if (second is not null)
            {
                ChildHost.Stop(second);
            }
        }

        return Result("host killed (kill -9) half way and restarted", discord, postAt, notes) with { Load = load + " -> " + LoadAverage() };
    }

    private async Task WaitForPostsAsync(FakeDiscordServer discord, DateTimeOffset postAt, int expected, CancellationToken cancellationToken)
    {
        var deadline = postAt + Deadline;
        var nextReport = DateTimeOffset.UtcNow.AddSeconds(10);
        while (DistinctChannels(discord) < expected && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(100, cancellationToken);
            if (DateTimeOffset.UtcNow >= nextReport)
            {
                nextReport = nextReport.AddSeconds(10);
                log.WriteLine($"  {(DateTimeOffset.UtcNow - postAt).TotalSeconds,6:0} s: {discord.Created} posts, {discord.RateLimitedPerBucket.Values.Sum()} 429s");
            }
        }

        // A duplicate would come from a retry or a second fire: give one time to show up.
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
    }

    private static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static int DistinctChannels(FakeDiscordServer discord) => discord.Posts.Select(p => p.ChannelId).Distinct(StringComparer.Ordinal).Count();

    private BenchResult Result(string scenario, FakeDiscordServer discord, DateTimeOffset postAt, IReadOnlyList<string> notes) => new(
        scenario,
        "the Quartz cron trigger of each channel firing DailyPostJob at the post time (SQLite job store)",
        channels,
        postAt,
        discord.Posts.ToList(),
        discord.RateLimitedPerBucket.ToDictionary(),
        discord.Requests,
        discord.Deduplicated,
        notes);

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException ex)
        {
            log.WriteLine($"could not remove {_folder}: {ex.Message}");
        }

        return ValueTask.CompletedTask;
    }
}
