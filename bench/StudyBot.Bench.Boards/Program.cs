using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using StudyBot.Bench;
using StudyBot.Bench.Boards;
using StudyBot.Data;
using StudyBot.Data.Providers;
using StudyBot.Engine;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args, Console.Error);
if (options is null)
{
    return 2;
}

// Bounded: the whole run stops after an hour at most, or on Ctrl+C, and still cleans up.
using var cancel = new CancellationTokenSource(TimeSpan.FromHours(1));
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
var now = TimeProvider.System.GetUtcNow();
var planClock = Stopwatch.StartNew();
var plan = SeedPlan.Create(options, bank, now);
Console.WriteLine($"Data set: {plan.Answers.Count:N0} answers, {plan.Members.Count:N0} members, {plan.Communities.Count:N0} communities, " +
    $"{plan.Channels.Count:N0} channels, {plan.Rounds.Count:N0} daily rounds, {bank.Count} questions (generated in {planClock.Elapsed.TotalSeconds:0.0} s)");
Console.WriteLine($"Measured: {options.Iterations} calls per operation after {options.Warmup} warm-up calls, one at a time, at most {options.Budget.TotalSeconds:0} s each.");

var results = new List<(string Provider, TimeSpan Seed, IReadOnlyList<Measurement> Rows)>();
var sqliteDir = Path.Combine(Path.GetTempPath(), $"studybot-bench-boards-{Guid.NewGuid():N}");
try
{
    Directory.CreateDirectory(sqliteDir);
    // --keep-sqlite leaves the seeded file behind for EXPLAIN QUERY PLAN; it must not exist yet.
    var file = options.KeepSqlite ?? Path.Combine(sqliteDir, "studybot.db");
    if (File.Exists(file))
    {
        Console.Error.WriteLine($"{file} exists already; the benchmark needs an empty database.");
        return 2;
    }

    var connectionString = $"Data Source={file};Default Timeout=30";
    results.Add(await RunAsync("SQLite", new DatabaseSettings(DatabaseProvider.Sqlite, connectionString), () => SqliteBulkWriter.OpenAsync(connectionString, ct).ContinueWith(t => (IBulkWriter)t.Result, ct)));
}
finally
{
    SqliteConnection.ClearAllPools();
    if (Directory.Exists(sqliteDir))
    {
        Directory.Delete(sqliteDir, recursive: true);
    }
}

var postgres = Environment.GetEnvironmentVariable("STUDYBOT_BENCH_POSTGRES");
if (string.IsNullOrWhiteSpace(postgres))
{
    Console.WriteLine("PostgreSQL part skipped: STUDYBOT_BENCH_POSTGRES is not set.");
}
else
{
    if (!await BenchSupport.WithScratchDatabaseAsync(postgres, "studybot_bench", async bench =>
            results.Add(await RunAsync("PostgreSQL", new DatabaseSettings(DatabaseProvider.Postgres, bench), () => PostgresBulkWriter.OpenAsync(bench, ct).ContinueWith(t => (IBulkWriter)t.Result, ct)))))
    {
        return 2;
    }
}

var missed = false;
foreach (var (provider, seed, rows) in results)
{
    Console.WriteLine();
    Console.WriteLine($"{provider} (seeded in {seed.TotalSeconds:0} s)");
    Console.WriteLine($"  {"operation",-26} {"calls",6} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"target",9}  result");
    foreach (var m in rows)
    {
        Console.WriteLine($"  {m.Name,-26} {m.Samples.Count,6} {m.Percentile(0.5),8:0.00} {m.Percentile(0.99),8:0.00} {(m.Samples.Count == 0 ? double.NaN : m.Samples.Max()),8:0.00} {"p99<" + m.TargetP99.ToString("0", CultureInfo.InvariantCulture),9}  {(m.Met ? "met" : "MISSED")}");
        missed |= !m.Met;
    }

    foreach (var m in rows)
    {
        Console.WriteLine($"  {m.Name}: {m.Note}");
    }
}

return missed ? 1 : 0;

async Task<(string, TimeSpan, IReadOnlyList<Measurement>)> RunAsync(string provider, DatabaseSettings database, Func<Task<IBulkWriter>> openWriter)
{
    // The stores as the host registers them; with --profile each port is wrapped to time its calls.
    var profile = options.Profile ? new ConcurrentDictionary<string, (int Calls, double Ms)>() : null;
    var registrations = new ServiceCollection()
        .AddSingleton(bank)
        .AddSingleton(TimeProvider.System)
        .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
        .AddStudyBotStores(database)
        .AddStudyBotEngine();
    if (profile is not null)
    {
        foreach (var port in new[] { typeof(IChannelStore), typeof(IMemberStore), typeof(IRoundStore), typeof(IAnswerStore), typeof(IQuizStore), typeof(IDigestStore), typeof(IBoardQueries) })
        {
            var store = registrations.Single(d => d.ServiceType == port).ImplementationType!;
            registrations.Replace(ServiceDescriptor.Singleton(port, sp => TimingStoreProxy.Wrap(port, ActivatorUtilities.CreateInstance(sp, store), profile)));
        }
    }

    await using var services = registrations.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    Console.WriteLine($"{provider}: migrating and seeding...");
    await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
    TimeSpan seeded;
    await using (var writer = await openWriter())
    {
        seeded = await Seeder.SeedAsync(writer, services.GetRequiredService<StudyBotDbContextFactory>(), plan, now, ct);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            // What autovacuum does shortly after a bulk load (statistics, visibility map); SQLite gets no ANALYZE, as in production.
            await writer.ExecuteAsync("VACUUM ANALYZE", ct);
        }
    }

    Console.WriteLine($"{provider}: seeded in {seeded.TotalSeconds:0.0} s; measuring...");

    // As in the host: SQLite's log is checkpointed in the background, not inside whichever commit fills it.
    var checkpointer = services.GetService<SqliteCheckpointService>();
    if (checkpointer is not null)
    {
        await checkpointer.StartAsync(ct);
    }

    var workload = new Workload(services, plan, options);
    var rows = new List<Measurement>();
    foreach (var operation in new Func<CancellationToken, Task<Measurement>>[] { workload.BoardsAsync, workload.StatsAsync, workload.RecordAsync })
    {
        profile?.Clear();
        var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        rows.Add(await operation(ct));
        Console.WriteLine($"  {provider} '{rows[^1].Name}': garbage collections gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, " +
            $"gen2 {GC.CollectionCount(2) - gen2}, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms in all (warm-up included)");
        if (profile is not null)
        {
            Console.WriteLine($"  {provider} store time during '{rows[^1].Name}' (warm-up included):{Environment.NewLine}{TimingStoreProxy.Report(profile)}");
        }
    }

    if (checkpointer is not null)
    {
        await checkpointer.StopAsync(ct);
    }

    return (provider, seeded, rows);
}

