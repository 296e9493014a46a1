using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using StudyBot.Bench;
using StudyBot.Bench.Review;
using StudyBot.Data;
using StudyBot.Data.Providers;
using StudyBot.Engine;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = ReviewBenchOptions.Parse(args, Console.Error);
if (options is null)
{
    return 2;
}

// Bounded: everything stops after 30 minutes (or on Ctrl+C) and the scratch databases are still removed.
using var cancel = new CancellationTokenSource(ReviewBenchOptions.RunLimit);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
var ct = cancel.Token;

var questions = options.QuestionsFolder ?? BenchSupport.FindQuestionsFolder();
if (questions is null)
{
    Console.Error.WriteLine("Cannot find the repository's questions/ folder; pass --questions FOLDER.");
    return 2;
}

var bank = QuestionBankLoader.LoadOrThrow(questions);
if (options.Cards > bank.All.Count)
{
    Console.Error.WriteLine($"--cards {options.Cards}: a member has at most one card per question, and the bank has {bank.All.Count}.");
    return 2;
}

var loadAtStart = LoadAverage();
Console.WriteLine($"Load average at start: {loadAtStart} ({Environment.ProcessorCount} cores)");
Console.WriteLine($"Data set: {options.Members:N0} members x {options.Cards} cards = {(long)options.Members * options.Cards:N0} review cards, from {bank.All.Count} questions");
Console.WriteLine($"Measured: {options.Iterations} calls per operation after {options.Warmup} warm-up calls, one at a time, at most {options.Budget.TotalSeconds:0} s each; the run stops after {ReviewBenchOptions.RunLimit.TotalMinutes:0} min.");

var results = new List<(string Provider, TimeSpan Seeded, long Cards, IReadOnlyList<Latencies> Rows)>();
var status = 0;
try
{
    var scratch = Path.Combine(Path.GetTempPath(), $"studybot-bench-review-{Guid.NewGuid():N}");
    try
    {
        Directory.CreateDirectory(scratch);
        // --keep-sqlite leaves the seeded file behind (for EXPLAIN QUERY PLAN by hand); it must not exist yet.
        var file = options.KeepSqlite ?? Path.Combine(scratch, "studybot.db");
        if (File.Exists(file))
        {
            Console.Error.WriteLine($"{file} exists already; the benchmark needs an empty database.");
            return 2;
        }

        var sqlite = $"Data Source={file};Default Timeout=30";
        results.Add(await RunAsync("SQLite", new DatabaseSettings(DatabaseProvider.Sqlite, sqlite), () => SqliteSeedWriter.OpenAsync(sqlite, ct)));
    }
    finally
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(scratch))
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    var postgres = Environment.GetEnvironmentVariable("STUDYBOT_BENCH_POSTGRES");
    if (string.IsNullOrWhiteSpace(postgres))
    {
        Console.WriteLine("PostgreSQL part skipped: STUDYBOT_BENCH_POSTGRES is not set.");
    }
    else
    {
        if (!await BenchSupport.WithScratchDatabaseAsync(postgres, "studybot_bench_review", async bench =>
                results.Add(await RunAsync("PostgreSQL", new DatabaseSettings(DatabaseProvider.Postgres, bench), () => PostgresSeedWriter.OpenAsync(bench, ct)))))
        {
            return 2;
        }
    }
}
catch (OperationCanceledException) when (ct.IsCancellationRequested)
{
    Console.Error.WriteLine($"Stopped: the {ReviewBenchOptions.RunLimit.TotalMinutes:0}-minute limit was reached or Ctrl+C was pressed; figures so far follow.");
    status = 3;
}

foreach (var (provider, seeded, cards, rows) in results)
{
    Console.WriteLine();
    Console.WriteLine($"{provider}: seeded {cards:N0} cards in {seeded.TotalSeconds:0.0} s ({cards / Math.Max(0.001, seeded.TotalSeconds):N0} cards/s, migrations not included)");
    Console.WriteLine($"  {"operation",-22} {"calls",6} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"target",9}  result");
    foreach (var row in rows)
    {
        Console.WriteLine($"  {row.Name,-22} {row.Count,6} {row.Percentile(0.5),8:0.00} {row.Percentile(0.99),8:0.00} {row.Max,8:0.00} {"p99<" + row.TargetP99.ToString("0", CultureInfo.InvariantCulture),9}  {(row.Met ? "met" : "MISSED")}");
        status = row.Met || status != 0 ? status : 1;
    }

    foreach (var row in rows)
    {
        Console.WriteLine($"  {row.Name}: {row.Note}");
    }
}

Console.WriteLine();
Console.WriteLine($"Load average at start: {loadAtStart}; at end: {LoadAverage()}");
return status;

async Task<(string, TimeSpan, long, IReadOnlyList<Latencies>)> RunAsync(string provider, DatabaseSettings database, Func<Task<ISeedWriter>> openWriter)
{
    // The container as the host builds it: the bank, the stores of the provider, the engine's services.
    await using var services = new ServiceCollection()
        .AddSingleton(bank)
        .AddSingleton(TimeProvider.System)
        .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
        .AddStudyBotStores(database)
        .AddStudyBotEngine()
        .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    var deck = new Deck(bank, options.Members, options.Cards, options.Seed, TimeProvider.System.GetUtcNow());
    Console.WriteLine($"{provider}: migrating...");
    await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
    Console.WriteLine($"{provider}: seeding...");
    var contexts = services.GetRequiredService<StudyBotDbContextFactory>();
    TimeSpan seeded;
    await using (var writer = await openWriter())
    {
        seeded = await Seeder.SeedAsync(writer, contexts, deck, line => Console.WriteLine($"  {provider}: {line}"), ct);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            // What autovacuum would do soon after a bulk load; SQLite gets no ANALYZE, as in production.
            await writer.ExecuteAsync("VACUUM ANALYZE", ct);
        }
    }

    Console.WriteLine($"{provider}: seeded in {seeded.TotalSeconds:0.0} s; measuring...");

    // As in the host: SQLite's write-ahead log is checkpointed in the background.
    var checkpointer = services.GetService<SqliteCheckpointService>();
    if (checkpointer is not null)
    {
        await checkpointer.StartAsync(ct);
    }

    var rows = new List<Latencies>();
    try
    {
        var workload = new ReviewWorkload(services, deck, options);
        foreach (var operation in new Func<CancellationToken, Task<Latencies>>[] { workload.NextCardAsync, workload.StartSessionAsync, workload.GradeAsync })
        {
            var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var row = await operation(ct);
            rows.Add(row);
            Console.WriteLine($"  {provider} '{row.Name}': p50 {row.Percentile(0.5):0.00} ms, p99 {row.Percentile(0.99):0.00} ms over {row.Count} calls; " +
                $"GC gen0 {GC.CollectionCount(0) - gcBefore.Item1}, gen2 {GC.CollectionCount(2) - gcBefore.Item2}, paused {(GC.GetTotalPauseDuration() - gcBefore.Item3).TotalMilliseconds:0} ms (warm-up included)");
        }
    }
    finally
    {
        if (checkpointer is not null)
        {
            await checkpointer.StopAsync(CancellationToken.None);
        }
    }

    try
    {
        var member = Deck.MemberId(options.Members / 2);
        Console.WriteLine($"  {provider} query plans (member {member}):");
        foreach (var line in await QueryPlans.ExplainAsync(contexts, database.Provider == DatabaseProvider.Postgres, member, TimeProvider.System.GetUtcNow(), ct))
        {
            Console.WriteLine($"    {line}");
        }
    }
    catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or FormatException or ArgumentException or IndexOutOfRangeException)
    {
        Console.WriteLine($"  {provider} query plans not shown: {e.Message}");
    }

    return (provider, seeded, deck.TotalCards, rows);
}

static string LoadAverage()
{
    try
    {
        return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
    }
    catch (IOException)
    {
        return "n/a";
    }
}

