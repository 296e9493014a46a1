using System.Globalization;
using StudyBot.Bench.DailyPost;

// dotnet run -c Release --project bench/StudyBot.Bench.DailyPost -- [channels=10000] [--kill | --direct]
var kill = args.Contains("--kill", StringComparer.Ordinal);
var direct = args.Contains("--direct", StringComparer.Ordinal);
var channels = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal))
    .Select(a => int.TryParse(a, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1)
    .DefaultIfEmpty(10_000).First();
if (channels < 2)
{
    Console.Error.WriteLine("usage: StudyBot.Bench.DailyPost [channels, at least 2; default 10000] [--kill | --direct]");
    return 2;
}

Console.WriteLine($"daily post benchmark: {channels} channels, fake Discord on 127.0.0.1 (50 req/s global, 5 per 5 s per channel, enforce_nonce for 5 min)");
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(channels / 50.0 * 3 + channels * 0.1 + 600));
await using var bench = new DailyPostBenchmark(channels, Console.Out);
var result = kill ? await bench.RunKilledAsync(stop.Token) : direct ? await bench.RunDirectAsync(10, stop.Token) : await bench.RunInProcessAsync(stop.Token);
result.Print(Console.Out);
return result.Passed ? 0 : 1;
