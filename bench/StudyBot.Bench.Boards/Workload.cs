using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.Bench.Boards;

/// <summary>The measured calls, made through the engine's real services over the store, one at a time.</summary>
internal sealed class Workload(IServiceProvider services, SeedPlan plan, BenchOptions options)
{
    private readonly IChannelStore _channels = services.GetRequiredService<IChannelStore>();
    private readonly IMemberStore _members = services.GetRequiredService<IMemberStore>();
    private readonly Random _random = new(options.Seed + 1);
    private readonly HashSet<(int Round, int Member)> _recorded = [];

    public async Task<Measurement> BoardsAsync(CancellationToken cancellationToken)
    {
        var boards = services.GetRequiredService<LeaderboardService>();
        var channels = (await _channels.ListScheduledChannelsAsync(cancellationToken)).ToDictionary(c => c.Id);
        var belowTop = 0;
        var periods = new[] { BoardPeriod.Week, BoardPeriod.Month, BoardPeriod.AllTime };
        // Callers are people who answered lately (the ones who look at boards): the member of a random answer from the
        // last 7 / 31 days / any time, asking in that answer's channel. Most of them rank below the top 10.
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var firstIn = periods.Select(p => p switch
        {
            BoardPeriod.Week => FirstAnswerSince(now.AddDays(-7)),
            BoardPeriod.Month => FirstAnswerSince(now.AddDays(-31)),
            _ => 0,
        }).ToArray();
        var byVariant = new Dictionary<string, List<double>>();
        var samples = await RunAsync(async (i, timed) =>
        {
            var period = i % 3;
            var from = firstIn[period] < plan.Answers.Count ? firstIn[period] : 0;
            var answer = plan.Answers[from + _random.Next(plan.Answers.Count - from)];
            var member = plan.Members[answer.Member];
            var channel = channels[plan.Rounds[answer.Round].ChannelId];
            var request = new LeaderboardRequest(channel, member.Id, periods[period], (i / 3) % 2 == 0 ? BoardScope.Channel : BoardScope.Community);
            var clock = Stopwatch.StartNew();
            var view = await boards.GetAsync(request, cancellationToken);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            belowTop += timed && view.Caller is not null ? 1 : 0;
            if (timed)
            {
                var variant = $"{request.Period}/{request.Scope}";
                (byVariant.TryGetValue(variant, out var list) ? list : byVariant[variant] = []).Add(elapsed);
            }

            return elapsed;
        }, cancellationToken);
        var variants = string.Join(", ", byVariant.OrderBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => $"{v.Key} p99 {new Measurement(v.Key, v.Value, 20, string.Empty).Percentile(0.99):0.0}"));
        return new Measurement("board top-10 + own rank", samples, 20, $"week/month/all-time × channel/community in turn; callers answered lately, ranked below the top 10 in {Share(belowTop, samples.Count)} of calls; by variant (ms): {variants}");
    }

    public async Task<Measurement> StatsAsync(CancellationToken cancellationToken)
    {
        var stats = services.GetRequiredService<StatsService>();
        var samples = await RunAsync(async (_, _) =>
        {
            var seeded = plan.Members[_random.Next(plan.Members.Count)];
            var member = await _members.FindMemberAsync(seeded.Id, cancellationToken)
                ?? throw new InvalidOperationException($"Member {seeded.Id} is missing.");
            var zone = plan.Communities[seeded.Community].TimeZone;
            var clock = Stopwatch.StartNew();
            await stats.GetAsync(member, zone, cancellationToken);
            return clock.Elapsed.TotalMilliseconds;
        }, cancellationToken);
        var perMember = plan.Members.Count == 0 ? 0 : plan.Answers.Count / plan.Members.Count;
        return new Measurement("stats", samples, 20, $"random members, ~{perMember} answers each on average");
    }

    public async Task<Measurement> RecordAsync(CancellationToken cancellationToken)
    {
        var answers = services.GetRequiredService<AnswerService>();
        var bank = services.GetRequiredService<QuestionBank>();
        var failures = 0;
        var samples = await RunAsync(async (_, _) =>
        {
            int m, r;
            do
            {
                m = _random.Next(plan.Members.Count);
                var channelIndexes = plan.ChannelsOf[plan.Members[m].Community];
                r = plan.OpenRoundOf[channelIndexes[_random.Next(channelIndexes.Count)]];
            }
            while (!_recorded.Add((r, m)));

            var member = plan.Members[m];
            var round = plan.Rounds[r];
            var question = bank.Get(round.QuestionId);
            var count = question.Type == QuestionType.Ordering ? round.ChoiceOrder.Length : question.PickCount;
            var labels = Enumerable.Range(0, count).Select(Grader.LabelAt).ToList();
            var clock = Stopwatch.StartNew();
            var result = await answers.SubmitAsync(round.Id, new Actor(Platform.Discord, member.ExternalId, member.DisplayName, Place), labels, cancellationToken);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            failures += result.Outcome == AnswerOutcome.Recorded ? 0 : 1;
            return elapsed;
        }, cancellationToken);
        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} submitted answer(s) were not recorded.");
        }

        return new Measurement("record an answer", samples, 5, "AnswerService.SubmitAsync on today's open rounds, members who had not answered");
    }

    // The answer path reads only who answers; where from does not change what it stores.
    private static readonly Place Place = new(PlaceKind.Channel, null, null, null, null);

    private int FirstAnswerSince(DateTimeOffset since)
    {
        var index = plan.Answers.FindIndex(a => a.AnsweredAt >= since);
        return index < 0 ? plan.Answers.Count : index;
    }

    /// <summary>Warm-up calls, then timed calls until the iteration count or the time budget runs out.</summary>
    private async Task<List<double>> RunAsync(Func<int, bool, Task<double>> call, CancellationToken cancellationToken)
    {
        for (var i = 0; i < options.Warmup; i++)
        {
            await call(i, false);
        }

        var samples = new List<double>(options.Iterations);
        var budget = Stopwatch.StartNew();
        for (var i = 0; i < options.Iterations && budget.Elapsed < options.Budget; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            samples.Add(await call(i, true));
        }

        return samples;
    }

    private static string Share(int part, int whole) => whole == 0 ? "0%" : $"{100.0 * part / whole:0}%";
}
