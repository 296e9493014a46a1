using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Bench.Clicks;

// Signed Discord answer clicks on the daily question against the real host (SQLite), beside the Ed25519 verify-only ceiling.
const double TargetClicksPerSecond = 2000;
const double TargetP99Ms = 50;

var arguments = BenchArguments.Parse(args, Console.Error);
if (arguments is null)
{
    return 2;
}

var time = TimeProvider.System;
using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(arguments.MaxSeconds));
var cancellationToken = deadline.Token;
var invariant = CultureInfo.InvariantCulture;

using var signer = new InteractionSigner();
await using var discord = await FakeDiscordServer.StartAsync(time, cancellationToken);
await using var host = await BenchHost.StartAsync(signer.PublicKeyHex, discord.ApiBaseUrl, cancellationToken);
using var client = new HttpClient(new SocketsHttpHandler
{
    MaxConnectionsPerServer = arguments.Concurrency,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    UseProxy = false,
})
{
    BaseAddress = new Uri(host.BaseAddress),
    Timeout = TimeSpan.FromSeconds(30),
};

Console.WriteLine($"StudyBot Discord click benchmark: host {host.BaseAddress}, fake Discord {discord.ApiBaseUrl}, {Environment.ProcessorCount} cores");

// Two channels: one to warm the host up (JIT, EF model, connection pool), one measured.
var warmRound = await SetUpChannelAsync("1600000000000000001", "warm-up");
var mainRound = await SetUpChannelAsync("1600000000000000002", "measured");

var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(invariant);
var warmClicks = Sign(warmRound, 2_000_000_000_000_000_000, arguments.Warmup);
var clicks = Sign(mainRound, 3_000_000_000_000_000_000, arguments.Clicks);
var runner = new ClickRunner(new Uri(host.BaseAddress));
if (warmClicks.Length > 0)
{
    var warm = await runner.RunAsync(warmClicks, arguments.Concurrency, "Recorded ", cancellationToken);
    Console.WriteLine($"warm-up: {warm.Sent} clicks, {warm.PerSecond:F0}/s, p99 {warm.Percentile(99):F1} ms, {warm.NonSuccess + warm.Unexpected} problems");
}

Console.WriteLine($"measuring {clicks.Length} clicks at concurrency {arguments.Concurrency} ...");
var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
var run = await runner.RunAsync(clicks, arguments.Concurrency, "Recorded ", cancellationToken);
var collections = $"{GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}";
var gcPaused = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds;
var stored = await host.Services.GetRequiredService<IAnswerStore>().CountAnswersAsync(mainRound.Round.Id, CancellationToken.None);

Console.WriteLine($"measuring the Ed25519 verify-only ceiling for {arguments.VerifySeconds:F0} s ...");
var ceiling = VerifyCeiling.Measure(signer.PublicKeyHex, clicks, TimeSpan.FromSeconds(arguments.VerifySeconds));
var verifyPerSecond = ceiling.Verified / ceiling.Elapsed.TotalSeconds;

var breakdown = arguments.Breakdown > 0
    ? await StoreBreakdown.MeasureAsync(host.Services.GetRequiredService<IRoundStore>(), host.Services.GetRequiredService<IMemberStore>(), host.Services.GetRequiredService<IAnswerStore>(), host.Services.GetRequiredService<IChannelStore>(), warmRound.Round, 4_000_000_000_000_000_000, arguments.Breakdown, CancellationToken.None)
    : [];

var throughputMet = run.PerSecond >= TargetClicksPerSecond;
var latencyMet = run.Percentile(99) < TargetP99Ms;
var correct = run.Sent == arguments.Clicks && run.NonSuccess == 0 && run.Unexpected == 0 && stored == arguments.Clicks && ceiling.Failed == 0;

Console.WriteLine();
Console.WriteLine($"Signed daily-question clicks, SQLite, {arguments.Clicks} distinct members, concurrency {arguments.Concurrency}, question type {mainRound.Type}");
Console.WriteLine($"{"figure",-28}{"measured",16}  {"target",-12}{"",6}");
Row("clicks/s", run.PerSecond.ToString("F0", invariant), ">= 2000", throughputMet);
Row("latency p50 (ms)", run.Percentile(50).ToString("F1", invariant), string.Empty, null);
Row("latency p90 (ms)", run.Percentile(90).ToString("F1", invariant), string.Empty, null);
Row("latency p99 (ms)", run.Percentile(99).ToString("F1", invariant), "< 50", latencyMet);
Row("latency max (ms)", run.Max.ToString("F1", invariant), string.Empty, null);
Row("errors (non-2xx)", run.NonSuccess.ToString(invariant), "0", run.NonSuccess == 0);
Row("unexpected replies", run.Unexpected.ToString(invariant), "0", run.Unexpected == 0);
Row("answers stored", $"{stored}/{arguments.Clicks}", "= clicks", stored == arguments.Clicks);
Row("CPU per click (ms, process)", run.ProcessorMsPerClick.ToString("F2", invariant), string.Empty, null);
Row("clicks/s if it had the cores", (Environment.ProcessorCount * 1000 / run.ProcessorMsPerClick).ToString("F0", invariant), string.Empty, null);
Row("Ed25519 verify/s (all cores)", verifyPerSecond.ToString("F0", invariant), string.Empty, null);
Row("clicks/s vs verify ceiling", (run.PerSecond / verifyPerSecond).ToString("P1", invariant), string.Empty, null);
Row("GCs gen0/gen1/gen2", collections, string.Empty, null);
Row("GC paused (ms, in all)", gcPaused.ToString("F0", invariant), string.Empty, null);
Row("count edits to fake Discord", discord.Edits.ToString(invariant), string.Empty, null);
Row("elapsed (s)", run.Elapsed.TotalSeconds.ToString("F2", invariant), string.Empty, null);
if (breakdown.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine($"Store calls of one recorded click, one at a time on the idle host ({arguments.Breakdown} each; CPU is the whole process's)");
    Console.WriteLine($"{"call",-32}{"wall us",10}{"cpu us",10}");
    foreach (var (call, wallUs, cpuUs) in breakdown)
    {
        Console.WriteLine($"{call,-32}{wallUs,10:F0}{cpuUs,10:F0}");
    }
}

if (run.FirstProblem is { } problem)
{
    Console.WriteLine("first problem: " + (problem.Length > 400 ? problem[..400] : problem));
}

if (cancellationToken.IsCancellationRequested)
{
    Console.WriteLine($"stopped by --max-seconds {arguments.MaxSeconds}: the figures cover the clicks sent so far.");
}

Console.WriteLine(throughputMet && latencyMet && correct ? "RESULT: target met" : correct ? "RESULT: target missed" : "RESULT: incorrect run");
return correct ? 0 : 1;

void Row(string name, string value, string target, bool? met) =>
    Console.WriteLine($"{name,-28}{value,16}  {target,-12}{(met is null ? string.Empty : met.Value ? "ok" : "MISS"),6}");

async Task<ChannelRound> SetUpChannelAsync(string channelId, string purpose)
{
    // A daily time half a day away keeps the scheduler from posting on its own during the run.
    var postAt = time.GetUtcNow().AddHours(12).ToString("HH:mm", invariant);
    var setup = signer.Sign(InteractionPayloads.SetupDaily(channelId, "1700000000000000001", postAt, "UTC"), time.GetUtcNow().ToUnixTimeSeconds().ToString(invariant));
    using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/discord/interactions") { Content = new ByteArrayContent(setup.Body) })
    {
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Ed25519", setup.Signature);
        request.Headers.Add("X-Signature-Timestamp", setup.Timestamp);
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        using var reply = JsonDocument.Parse(body);
        var content = reply.RootElement.GetProperty("data").GetProperty("content").GetString();
        Console.WriteLine($"/setup daily in the {purpose} channel: HTTP {(int)response.StatusCode}: {content}");
    }

    var channel = await host.Services.GetRequiredService<IChannelStore>().FindChannelAsync(Platform.Discord, channelId, cancellationToken);
    if (channel is not { DailyEnabled: true })
    {
        throw new InvalidOperationException($"/setup daily did not enable the {purpose} channel.");
    }

    var round = await host.Services.GetRequiredService<DailyRoundService>().PostAsync(channel.Id, null, cancellationToken)
        ?? throw new InvalidOperationException($"No round was posted in the {purpose} channel.");
    var posted = discord.PostedMessage(channelId)
        ?? throw new InvalidOperationException($"The fake Discord received no post for the {purpose} channel.");
    var type = host.Services.GetRequiredService<QuestionBank>().Find(round.QuestionId)?.Type ?? QuestionType.Single;
    return new ChannelRound(channelId, round, posted, ClickPlan.From(posted, type == QuestionType.Ordering), type);
}

SignedInteraction[] Sign(ChannelRound target, long firstUserId, int count)
{
    var signed = new SignedInteraction[count];
    var started = Stopwatch.GetTimestamp();
    Parallel.For(0, count, i =>
    {
        var choice = target.Plan.For(i);
        var userId = (firstUserId + i).ToString(invariant);
        signed[i] = signer.Sign(InteractionPayloads.Click(target.ChannelId, userId, target.Posted, choice.CustomId, choice.ComponentType, choice.Values), timestamp);
    });
    if (count > 0)
    {
        Console.WriteLine($"signed {count} clicks for channel {target.ChannelId} in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s ({signed.Average(s => s.Body.Length):F0} bytes each)");
    }

    return signed;
}
